using NewsTrace.Storage;

namespace NewsTrace.Stories;

/// <summary>
/// The simplest story grouping: articles with the same normalised text form one story. It is what `stories`
/// shows until event clustering lands, and it stays the base layer clustering builds on (copies always share a story).
/// </summary>
public static class ExactCopyStories
{
    public static IReadOnlyList<Story> Group(IEnumerable<ArticleSummary> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles
            .GroupBy(a => a.TextHash, StringComparer.Ordinal)
            .Select(group =>
            {
                var members = group.OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
                var title = members.Select(a => a.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                return new Story("s" + group.Key[..12], title, members);
            })
            .OrderBy(s => s.Articles[0].Published ?? "9999", StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }
}
