using NewsTrace.Documents;

namespace NewsTrace.Quotes.Variants;

/// <summary>One quotation in one article, with what grouping and listing need to know about it.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Outlet">Who published it: the site, else the URL's host, else the source file's name.</param>
/// <param name="Published">The article's publish date, when known.</param>
/// <param name="Span">Where the quoted words stand in the article.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Kind">direct, partial, reported, according_to or transcript.</param>
/// <param name="Speaker">The speaker: the canonical cross-document entity's name when known, else the name the article gives.</param>
/// <param name="SpeakerEntityId">The canonical cross-document entity's id, when the speaker is one.</param>
public sealed record QuoteOccurrence(
    string ArticleId,
    string Outlet,
    PublishDate? Published,
    TextSpan Span,
    string Text,
    string Kind,
    string? Speaker,
    string? SpeakerEntityId);
