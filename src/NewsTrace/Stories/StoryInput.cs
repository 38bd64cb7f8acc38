using NewsTrace.Documents;

namespace NewsTrace.Stories;

/// <summary>One article as story clustering sees it.</summary>
/// <param name="Id">The stored article id: unique, and the tie-breaker that makes clustering independent of input order.</param>
/// <param name="Text">The article text (read once, reduced to term counts, not kept).</param>
/// <param name="TextHash">Equal hashes are exact copies and always share a story; null when unknown.</param>
/// <param name="Published">The publish date when known, for time-aware similarity and for ordering members.</param>
/// <param name="Title">The headline, if any.</param>
public sealed record StoryInput(string Id, string Text, string? TextHash = null, PublishDate? Published = null, string? Title = null);
