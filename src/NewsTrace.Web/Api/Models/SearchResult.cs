using NewsTrace.Storage;

namespace NewsTrace.Web.Api.Models;

/// <summary>
/// A search hit. In <paramref name="Snippet"/> each matched term stands between U+0002 and U+0003, exactly as the
/// store marks it, so clients choose their own highlighting.
/// </summary>
public sealed record SearchResult(string Id, string? Title, string? Site, string? Published, string Snippet, double Score, string? StoryId)
{
    public static SearchResult From(SearchHit hit, string? storyId)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new SearchResult(hit.Id, hit.Title, hit.Site, hit.Published, hit.Snippet, hit.Score, storyId);
    }
}
