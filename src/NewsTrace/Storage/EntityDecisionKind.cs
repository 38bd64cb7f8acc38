namespace NewsTrace.Storage;

/// <summary>What a user decided about cross-document entities.</summary>
public enum EntityDecisionKind
{
    /// <summary>Two entities are one: <see cref="EntityDecision.Entity"/> absorbs <see cref="EntityDecision.Argument"/>.</summary>
    Merge = 0,

    /// <summary>An alias is another entity: the mentions written <see cref="EntityDecision.Argument"/> leave <see cref="EntityDecision.Entity"/>.</summary>
    Split = 1,

    /// <summary>The entity is shown under the name <see cref="EntityDecision.Argument"/>.</summary>
    Rename = 2,
}
