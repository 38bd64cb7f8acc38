namespace NewsTrace.Storage;

/// <summary>
/// One user decision about cross-document entities. Entities are named by a name or alias, never only by id, because
/// ids are derived from content and the decision must still apply after re-ingest and re-grouping.
/// </summary>
/// <param name="Kind">Merge, split or rename.</param>
/// <param name="Entity">The entity decided about, by its name or an alias.</param>
/// <param name="Argument">Merge: the other entity; split: the alias that leaves; rename: the new name.</param>
public sealed record EntityDecision(EntityDecisionKind Kind, string Entity, string Argument)
{
    /// <summary>The order decisions were made in (set by the store); they are applied in this order.</summary>
    public long Sequence { get; init; }

    /// <summary>When the store recorded the decision.</summary>
    public DateTimeOffset DecidedAt { get; init; }
}
