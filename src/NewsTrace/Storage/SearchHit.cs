namespace NewsTrace.Storage;

/// <summary>One full-text search result.</summary>
/// <param name="Snippet">A passage around the match, with matched terms between <see cref="HighlightStart"/> and <see cref="HighlightEnd"/> marks.</param>
/// <param name="Score">Higher is better.</param>
public sealed record SearchHit(string Id, string? Title, string? Site, string? Published, string Snippet, double Score)
{
    public const char HighlightStart = '\u0002';

    public const char HighlightEnd = '\u0003';
}
