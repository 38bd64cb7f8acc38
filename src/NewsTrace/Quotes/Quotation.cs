using NewsTrace.Documents;

namespace NewsTrace.Quotes;

/// <summary>An attributed quotation.</summary>
/// <param name="Span">The quoted words (for direct quotes, inside the quote marks).</param>
/// <param name="Kind">direct, partial, reported, according_to or transcript.</param>
/// <param name="Speaker">The resolved speaker name.</param>
/// <param name="SpeakerSpan">The source as written where the quote is attributed (may be a pronoun or description).</param>
/// <param name="SpeakerEntity">The canonical entity of the speaker.</param>
/// <param name="Cue">The cue verb or phrase ("said", "according to").</param>
/// <param name="CueSpan">Where the cue stands.</param>
public sealed record Quotation(
    TextSpan Span,
    string Kind,
    string? Speaker,
    TextSpan? SpeakerSpan,
    string? SpeakerEntity,
    string? Cue,
    TextSpan? CueSpan);
