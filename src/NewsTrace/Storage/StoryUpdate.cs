namespace NewsTrace.Storage;

/// <summary>One batch of the incremental clusterer, applied in one transaction.</summary>
/// <param name="ExpectedVersion">The <see cref="StoryIndexState.Version"/> it was computed from.</param>
/// <param name="Added">Articles to index, each with an assignment in <paramref name="Assignments"/>.</param>
/// <param name="Assignments">New and changed assignments (of added and of already indexed articles).</param>
public sealed record StoryUpdate(long ExpectedVersion, IReadOnlyList<StoryIndexEntry> Added, IReadOnlyList<StoryAssignment> Assignments)
{
    /// <summary>Checks that every added article has an assignment and no article is assigned twice.</summary>
    public void Validate()
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assignment in Assignments)
        {
            if (!assigned.Add(assignment.ArticleId))
            {
                throw new ArgumentException($"Article '{assignment.ArticleId}' is assigned twice in one story update.");
            }
        }

        foreach (var entry in Added)
        {
            if (!assigned.Contains(entry.ArticleId))
            {
                throw new ArgumentException($"Article '{entry.ArticleId}' is added to the story index without an assignment.");
            }
        }
    }
}
