using System.Collections.Immutable;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Quotes.Variants;

/// <summary>One outlet's wording of a statement.</summary>
/// <param name="Occurrence">The quotation.</param>
/// <param name="Diff">Word-level diff from the earliest variant's text (left) to this one's (right); spans index the two quote texts.</param>
public sealed record QuoteVariant(QuoteOccurrence Occurrence, ImmutableArray<DiffSegment> Diff)
{
    /// <summary>True when the words are those of the earliest variant (punctuation and case aside).</summary>
    public bool IsVerbatim => Diff.All(segment => segment.Kind == DiffKind.Equal);
}
