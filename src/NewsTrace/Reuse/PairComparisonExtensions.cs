using NewsTrace.Reuse.Alignment;

namespace NewsTrace.Reuse;

/// <summary>Reading a symmetric <see cref="PairComparison"/> from either side.</summary>
public static class PairComparisonExtensions
{
    /// <summary>The same comparison with left and right exchanged (passages re-ordered by the new left side).</summary>
    public static PairComparison Swapped(this PairComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new PairComparison(
            comparison.RightId,
            comparison.LeftId,
            comparison.Relation,
            comparison.Similarity,
            comparison.RightCoverage,
            comparison.LeftCoverage,
            [.. comparison.Passages
                .Select(p => new AlignedPassage(p.Right, p.Left, p.Similarity, p.Match))
                .OrderBy(p => p.Left.Start)
                .ThenBy(p => p.Right.Start)]);
    }

    /// <summary>The comparison with <paramref name="leftId"/> on the left; throws when it is on neither side.</summary>
    public static PairComparison Oriented(this PairComparison comparison, string leftId)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (string.Equals(comparison.LeftId, leftId, StringComparison.Ordinal))
        {
            return comparison;
        }

        return string.Equals(comparison.RightId, leftId, StringComparison.Ordinal)
            ? comparison.Swapped()
            : throw new ArgumentException($"Article {leftId} is not part of the comparison of {comparison.LeftId} and {comparison.RightId}.", nameof(leftId));
    }

    /// <summary>The id on the other side from <paramref name="id"/>.</summary>
    public static string Other(this PairComparison comparison, string id)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return string.Equals(comparison.LeftId, id, StringComparison.Ordinal) ? comparison.RightId : comparison.LeftId;
    }

}
