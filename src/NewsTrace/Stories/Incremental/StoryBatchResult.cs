namespace NewsTrace.Stories.Incremental;

/// <summary>What one incremental update did.</summary>
/// <param name="Added">Articles indexed and assigned.</param>
/// <param name="Reclustered">Already indexed articles clustered again with them (members of the topics they touched).</param>
/// <param name="AssignedToNearest">New articles placed by nearest story mean because their topics were too large to recluster.</param>
/// <param name="Retries">Updates started again because another process changed the index first.</param>
public sealed record StoryBatchResult(int Added, int Reclustered, int AssignedToNearest, int Retries)
{
    public static StoryBatchResult None { get; } = new(0, 0, 0, 0);

    public StoryBatchResult Plus(StoryBatchResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new StoryBatchResult(Added + other.Added, Reclustered + other.Reclustered, AssignedToNearest + other.AssignedToNearest, Retries + other.Retries);
    }
}
