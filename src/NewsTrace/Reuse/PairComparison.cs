using System.Collections.Immutable;
using NewsTrace.Reuse.Alignment;

namespace NewsTrace.Reuse;

/// <summary>What one comparison of two articles found. Symmetric: it says nothing about who copied whom.</summary>
/// <param name="LeftId">The id of the left document.</param>
/// <param name="RightId">The id of the right document.</param>
/// <param name="Relation">The relation the evidence supports.</param>
/// <param name="Similarity">Overall similarity, 0 to 1 (1 for identical texts).</param>
/// <param name="LeftCoverage">The share of the left text's words inside aligned passages, 0 to 1.</param>
/// <param name="RightCoverage">The share of the right text's words inside aligned passages, 0 to 1.</param>
/// <param name="Passages">The aligned passages, in the left document's order.</param>
public sealed record PairComparison(
    string LeftId,
    string RightId,
    ReuseRelation Relation,
    double Similarity,
    double LeftCoverage,
    double RightCoverage,
    ImmutableArray<AlignedPassage> Passages);
