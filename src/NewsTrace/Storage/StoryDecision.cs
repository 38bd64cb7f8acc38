using System.Collections.Immutable;

namespace NewsTrace.Storage;

/// <summary>
/// One user correction of the story grouping. Stories are named by their ARTICLES, never by story id: a story id is
/// derived from the clustering, which changes as articles arrive, while "the story that holds these articles" keeps
/// meaning the same story. So a decision survives re-ingest and re-clustering.
/// </summary>
/// <param name="Kind">Move, split or merge.</param>
/// <param name="Articles">Move and split: the articles decided about. Merge: the members of the story that is absorbed, when the decision was made.</param>
/// <param name="Target">Move and merge: the members of the receiving story when the decision was made. Split: the members of the story the articles left (shown only).</param>
public sealed record StoryDecision(StoryDecisionKind Kind, ImmutableArray<string> Articles, ImmutableArray<string> Target)
{
    /// <summary>The order decisions were made in (set by the store); they are replayed in this order.</summary>
    public long Sequence { get; init; }

    /// <summary>When the store recorded the decision.</summary>
    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>The story ids the user named, as they were when the decision was made; for display only, never for replay.</summary>
    public string? Note { get; init; }

    /// <summary>Records compare their arrays by reference; decisions read back from a store must equal what was written.</summary>
    public bool Equals(StoryDecision? other)
        => other is not null
            && Kind == other.Kind
            && Articles.SequenceEqual(other.Articles, StringComparer.Ordinal)
            && Target.SequenceEqual(other.Target, StringComparer.Ordinal)
            && Sequence == other.Sequence
            && DecidedAt == other.DecidedAt
            && string.Equals(Note, other.Note, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Kind, Articles.Length, Target.Length, Sequence, DecidedAt);
}
