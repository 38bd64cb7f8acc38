using NewsTrace.Storage;

namespace NewsTrace.Stories;

/// <summary>
/// The simplest story grouping: articles with the same normalised text form one story. It is what `stories`
/// shows until event clustering lands, and it stays the base layer clustering builds on (copies always share a story).
/// </summary>
public static class ExactCopyStories
{
    /// <param name="articles">The stored articles.</param>
    /// <param name="sources">Every source of every article; articles without an entry are named by their own source.</param>
    public static IReadOnlyList<Story> Group(IEnumerable<ArticleSummary> articles, IEnumerable<ArticleSource>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var referencesById = (sources ?? [])
            .GroupBy(s => s.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Reference).ToList(), StringComparer.Ordinal);
        return articles
            .GroupBy(a => a.TextHash, StringComparer.Ordinal)
            .Select(group =>
            {
                var members = group.OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
                var title = members.Select(a => a.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                var references = members
                    .SelectMany(a => referencesById.TryGetValue(a.Id, out var list) ? list : [Story.Reference(a)])
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                return new Story("s" + group.Key[..12], title, members, references);
            })
            .OrderBy(s => s.Articles[0].Published ?? "9999", StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }
}
