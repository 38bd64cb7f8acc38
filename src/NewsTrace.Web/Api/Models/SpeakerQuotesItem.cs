namespace NewsTrace.Web.Api.Models;

/// <summary>A speaker (null: unattributed) and every quote of theirs in a story.</summary>
public sealed record SpeakerQuotesItem(string? Speaker, IReadOnlyList<QuoteItem> Quotes);
