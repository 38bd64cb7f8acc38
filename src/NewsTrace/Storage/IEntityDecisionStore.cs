namespace NewsTrace.Storage;

/// <summary>
/// Keeps the merge, split and rename decisions users make about cross-document entities. The automatic grouping is
/// recomputed from the articles every time and these decisions are applied on top of it, in order, so they survive
/// re-ingest and re-grouping.
/// </summary>
public interface IEntityDecisionStore
{
    /// <summary>Records a decision; returns it with its <see cref="EntityDecision.Sequence"/> and <see cref="EntityDecision.DecidedAt"/>.</summary>
    Task<EntityDecision> AddEntityDecisionAsync(EntityDecision decision, CancellationToken cancellationToken = default);

    /// <summary>Every decision, in the order it was made.</summary>
    IAsyncEnumerable<EntityDecision> ListEntityDecisionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Withdraws a decision; false when there is none with that sequence number.</summary>
    Task<bool> RemoveEntityDecisionAsync(long sequence, CancellationToken cancellationToken = default);
}
