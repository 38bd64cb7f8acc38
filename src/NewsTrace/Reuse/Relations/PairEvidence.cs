namespace NewsTrace.Reuse.Relations;

/// <summary>The measurements a relation is decided from: what the comparer saw, so a decision can be explained.</summary>
/// <param name="Identical">The two texts are equal after normalisation (<see cref="ContentHash"/>).</param>
/// <param name="LeftWords">Words in the left text.</param>
/// <param name="RightWords">Words in the right text.</param>
/// <param name="LeftCoverage">Share of the left text's words in aligned sentences.</param>
/// <param name="RightCoverage">Share of the right text's words in aligned sentences.</param>
/// <param name="LeftVerbatim">Share of the left text's words inside verbatim blocks.</param>
/// <param name="RightVerbatim">Share of the right text's words inside verbatim blocks.</param>
/// <param name="VerbatimWords">Words inside verbatim blocks (the larger of the two sides).</param>
/// <param name="AlignedPassages">Aligned sentence passages.</param>
/// <param name="RewordedPassages">How many of them are reworded rather than verbatim.</param>
/// <param name="TextSimilarity">Weighted Dice of the two texts' terms as wholes.</param>
/// <param name="SharedNames">Distinct name terms both texts use.</param>
public sealed record PairEvidence(
    bool Identical,
    int LeftWords,
    int RightWords,
    double LeftCoverage,
    double RightCoverage,
    double LeftVerbatim,
    double RightVerbatim,
    int VerbatimWords,
    int AlignedPassages,
    int RewordedPassages,
    double TextSimilarity,
    int SharedNames)
{
    /// <summary>Coverage (aligned) of the shorter text.</summary>
    public double ShorterCoverage => LeftWords <= RightWords ? LeftCoverage : RightCoverage;

    /// <summary>Coverage (aligned) of the longer text.</summary>
    public double LongerCoverage => LeftWords <= RightWords ? RightCoverage : LeftCoverage;

    public double ShorterVerbatim => LeftWords <= RightWords ? LeftVerbatim : RightVerbatim;

    public double LongerVerbatim => LeftWords <= RightWords ? RightVerbatim : LeftVerbatim;
}
