using NewsTrace.Reuse;
using NewsTrace.Storage;

namespace NewsTrace.Stories.Summary;

/// <summary>
/// Groups a story's articles into independent reports: articles with the same text hash, and articles the pair comparer
/// found to reuse one another (identical, near-copy, rewrite or partial), are one report, transitively. Reports that
/// only tell the same event (same-story) stay apart: they are independent reporting.
/// </summary>
public static class IndependentReports
{
    /// <param name="articles">The story's articles, earliest first.</param>
    /// <param name="comparisons">Pair comparisons; pairs with an article outside <paramref name="articles"/> are ignored.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Group(IReadOnlyList<ArticleSummary> articles, IEnumerable<PairComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(comparisons);
        var ids = articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, ids.Count).ToArray();

        int Find(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                // The earlier article's root wins, so a report is named by its earliest member.
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        foreach (var copies in articles.GroupBy(a => a.TextHash, StringComparer.Ordinal))
        {
            var first = index[copies.First().Id];
            foreach (var copy in copies.Skip(1))
            {
                Union(first, index[copy.Id]);
            }
        }

        foreach (var comparison in comparisons)
        {
            if (comparison.Relation >= ReuseRelation.PartialReuse
                && index.TryGetValue(comparison.LeftId, out var left) && index.TryGetValue(comparison.RightId, out var right))
            {
                Union(left, right);
            }
        }

        return Enumerable.Range(0, ids.Count)
            .GroupBy(Find)
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<string>)[.. g.Select(i => ids[i])])
            .ToList();
    }
}
