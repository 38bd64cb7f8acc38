namespace NewsTrace.Web.Stories;

/// <summary>Everything one speaker is quoted as saying across a story; a null speaker collects unattributed quotes.</summary>
public sealed record SpeakerQuotes(string? Speaker, IReadOnlyList<ArticleQuote> Quotes);
