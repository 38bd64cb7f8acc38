namespace NewsTrace.Stories.Explain;

/// <summary>A statement an article quotes and other members quote too (in the same or changed wording).</summary>
/// <param name="Text">The statement, in its earliest wording.</param>
/// <param name="Speaker">Who said it, when known.</param>
/// <param name="Articles">How many other members quote it.</param>
public sealed record SharedQuote(string Text, string? Speaker, int Articles);
