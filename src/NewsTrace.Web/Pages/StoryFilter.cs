using NewsTrace.Stories;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Pages;

/// <summary>The story list's filters: words in a headline, an outlet, and a publish-date range (YYYY-MM-DD, inclusive).</summary>
public sealed record StoryFilter(string? Words, string? Site, string? From, string? To)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Words) && string.IsNullOrWhiteSpace(Site) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To);

    /// <summary>The matching stories; with no filter, the index's own list (no copy: the story list can be 100,000 long).</summary>
    public IReadOnlyList<Story> Apply(StoryIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return IsEmpty ? index.Stories : index.Stories.Where(s => Matches(s, index)).ToList();
    }

    public bool Matches(Story story, StoryIndex index)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(index);
        if (!string.IsNullOrWhiteSpace(Words))
        {
            var words = Words.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var headlines = story.Articles.Select(a => a.Title).Append(story.Title).OfType<string>().ToList();
            if (!words.All(w => headlines.Any(h => h.Contains(w, StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }
        }

        if (!string.IsNullOrWhiteSpace(Site) && !story.Articles.Any(a => string.Equals(a.Site, Site, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var (first, last) = index.SpanOf(story);
        if (!string.IsNullOrWhiteSpace(From) && (last is null || string.CompareOrdinal(Day(last), From) < 0))
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(To) || (first is not null && string.CompareOrdinal(Day(first), To) <= 0);
    }

    private static string Day(string published) => published.Length >= 10 ? published[..10] : published;
}
