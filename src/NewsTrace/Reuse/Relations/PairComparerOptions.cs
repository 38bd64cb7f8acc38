namespace NewsTrace.Reuse.Relations;

/// <summary>
/// The thresholds of <see cref="PairComparer"/>. The defaults were chosen on the generated development pairs
/// (`newstrace eval reuse --split dev`), never on the held-out ones; docs/quality.md gives the figures.
/// </summary>
public sealed record PairComparerOptions
{
    public static PairComparerOptions Default { get; } = new();

    /// <summary>Weight factor of names (capitalised words, entity mentions) against common words.</summary>
    public double NameBoost { get; init; } = 2.0;

    /// <summary>Weight factor of numbers.</summary>
    public double NumberBoost { get; init; } = 2.0;

    /// <summary>Weighted Dice of two sentences' terms at or above which they are aligned.</summary>
    public double AlignThreshold { get; init; } = 0.35;

    /// <summary>Fewest shared terms for an alignment: one shared name alone is coincidence.</summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>Share of words kept in order (2·LCS / total) at or above which an aligned passage is verbatim.</summary>
    public double VerbatimRatio { get; init; } = 0.8;

    /// <summary>Words in a seed of the verbatim block search.</summary>
    public int SeedWords { get; init; } = 4;

    /// <summary>Fewest words in a verbatim block (after joining blocks across small edits).</summary>
    public int MinBlockWords { get; init; } = 8;

    /// <summary>Largest edit (in words, on either side) that two verbatim blocks may be joined across.</summary>
    public int MaxBlockGap { get; init; } = 3;

    /// <summary>Verbatim coverage of the shorter text for a near-copy.</summary>
    public double NearCopyShorter { get; init; } = 0.9;

    /// <summary>Verbatim coverage of the longer text for a near-copy (below it, the shorter is an excerpt: partial).</summary>
    public double NearCopyLonger { get; init; } = 0.5;

    /// <summary>Verbatim coverage of the shorter text that makes it an excerpt of the longer (when the longer is mostly its own).</summary>
    public double ExcerptShorter { get; init; } = 0.5;

    /// <summary>Aligned coverage of the longer text below which a mostly verbatim shorter text is an excerpt of it.</summary>
    public double ExcerptLongerCoverage { get; init; } = 0.5;

    /// <summary>Aligned coverage of the shorter text for a rewrite.</summary>
    public double RewriteShorter { get; init; } = 0.6;

    /// <summary>Aligned coverage of the longer text for a rewrite.</summary>
    public double RewriteLonger { get; init; } = 0.45;

    /// <summary>Verbatim coverage of either text for partial reuse.</summary>
    public double PartialCoverage { get; init; } = 0.15;

    /// <summary>Fewest verbatim words for partial reuse.</summary>
    public int PartialMinWords { get; init; } = 15;

    /// <summary>Weighted Dice of the two texts' terms at or above which they report the same story.</summary>
    public double SameStoryDice { get; init; } = 0.2;

    /// <summary>Fewest shared names for the same story.</summary>
    public int SameStoryNames { get; init; } = 2;
}
