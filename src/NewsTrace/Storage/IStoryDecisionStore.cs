namespace NewsTrace.Storage;

/// <summary>
/// Keeps the move, split and merge decisions users make about stories. Stories are recomputed from the articles every
/// time and these decisions are replayed on top, in order (see <c>NewsTrace.Stories.Corrections.StoryCorrections</c>),
/// so they survive re-ingest and re-clustering.
/// </summary>
public interface IStoryDecisionStore
{
    /// <summary>Records a decision; returns it with its <see cref="StoryDecision.Sequence"/> and <see cref="StoryDecision.DecidedAt"/>.</summary>
    Task<StoryDecision> AddStoryDecisionAsync(StoryDecision decision, CancellationToken cancellationToken = default);

    /// <summary>Every decision, in the order it was made.</summary>
    IAsyncEnumerable<StoryDecision> ListStoryDecisionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Withdraws a decision; false when there is none with that sequence number.</summary>
    Task<bool> RemoveStoryDecisionAsync(long sequence, CancellationToken cancellationToken = default);
}
