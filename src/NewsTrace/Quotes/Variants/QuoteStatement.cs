using System.Collections.Immutable;

namespace NewsTrace.Quotes.Variants;

/// <summary>One statement as the corpus quotes it: its variants across articles, earliest first.</summary>
/// <param name="Id">Content-derived: from the earliest variant's article and position, so stable across runs.</param>
/// <param name="Text">The earliest variant's words.</param>
/// <param name="Speaker">The speaker most variants name (a canonical entity's name when known).</param>
/// <param name="SpeakerEntityId">That speaker's canonical entity id, when known.</param>
/// <param name="Variants">Every quotation of the statement, earliest first, each with its diff from the earliest.</param>
public sealed record QuoteStatement(string Id, string Text, string? Speaker, string? SpeakerEntityId, ImmutableArray<QuoteVariant> Variants)
{
    /// <summary>The outlets that quote it, in the order of their first variant.</summary>
    public ImmutableArray<string> Outlets => [.. Variants.Select(v => v.Occurrence.Outlet).Distinct(StringComparer.Ordinal)];

    /// <summary>True when some outlet's words differ from the earliest.</summary>
    public bool HasChangedWording => Variants.Any(v => !v.IsVerbatim);
}
