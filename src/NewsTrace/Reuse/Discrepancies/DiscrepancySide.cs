using NewsTrace.Documents;

namespace NewsTrace.Reuse.Discrepancies;

/// <summary>One article's side of a discrepancy.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Passage">The aligned passage holding the change; null for a metadata discrepancy (publish dates).</param>
/// <param name="Change">The changed words inside the passage; null for a metadata discrepancy.</param>
/// <param name="Text">The changed words as written, or the metadata value (a publish date).</param>
public sealed record DiscrepancySide(string ArticleId, TextSpan? Passage, TextSpan? Change, string Text)
{
    /// <summary>The text of <see cref="Passage"/>, so the discrepancy can be shown without its document; null for metadata.</summary>
    public string? PassageText { get; init; }
}
