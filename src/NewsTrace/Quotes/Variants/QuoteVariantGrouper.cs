using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Reuse.Diff;
using NewsTrace.Stories;
using NewsTrace.Stories.Clustering;

namespace NewsTrace.Quotes.Variants;

/// <summary>
/// Groups the quotations of many articles into statements (<see cref="QuoteSimilarity"/> decides which pairs are one)
/// and diffs each variant against the earliest. Only pairs that share content words are ever compared, found through
/// an index of those words, so the work grows with the overlaps, not with the square of the quotes.
/// </summary>
public static class QuoteVariantGrouper
{
    // A word in more quotes than this says nothing about which ones are the same statement.
    private const int MaxPostings = 2_000;

    public static IReadOnlyList<QuoteStatement> Group(IEnumerable<QuoteOccurrence> occurrences)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var quotes = occurrences.OrderBy(q => q, EarliestFirst.Instance).ToList();
        var words = quotes.Select(q => QuoteWords.Of(q.Text)).ToList();
        var sets = new DisjointSets(quotes.Count);
        foreach (var (a, b) in Candidates(words))
        {
            if (QuoteSimilarity.SameStatement(quotes[a], words[a], quotes[b], words[b]))
            {
                sets.Union(a, b);
            }
        }

        // Quotes are sorted earliest first and DisjointSets keeps the smallest index as root, so the root is the earliest variant.
        return Enumerable.Range(0, quotes.Count)
            .GroupBy(sets.Smallest)
            .Select(group => Statement(group.Select(i => quotes[i]).ToList()))
            .OrderByDescending(s => s.Variants.Length)
            .ThenBy(s => s.Variants[0].Occurrence, EarliestFirst.Instance)
            .ToList();
    }

    private static QuoteStatement Statement(List<QuoteOccurrence> members)
    {
        var earliest = members[0];
        var variants = members
            .Select(m => new QuoteVariant(m, WordDiff.Compare(earliest.Text, m.Text)))
            .ToImmutableArray();
        var speaker = members
            .Where(m => m.Speaker is not null)
            .GroupBy(m => (m.Speaker, m.SpeakerEntityId))
            .OrderByDescending(g => g.Key.SpeakerEntityId is not null)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Speaker, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        var id = StoryIds.From('q', earliest.ArticleId + ":" + earliest.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new QuoteStatement(id, earliest.Text, speaker.Speaker, speaker.SpeakerEntityId, variants);
    }

    /// <summary>Pairs (lower index first) that share at least two content words.</summary>
    private static IEnumerable<(int, int)> Candidates(List<QuoteWords> words)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var word in words[i].Content)
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    list = [];
                    postings[word] = list;
                }

                list.Add(i);
            }
        }

        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values)
        {
            if (list.Count > MaxPostings)
            {
                continue;
            }

            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var pair = (list[x], list[y]);
                    shared[pair] = shared.GetValueOrDefault(pair) + 1;
                }
            }
        }

        return shared.Where(p => p.Value >= QuoteSimilarity.MinimumSharedContentWords).Select(p => p.Key).Order();
    }

    /// <summary>Publish instant (unknown dates last), then article id, then position: a total order, so runs agree.</summary>
    private sealed class EarliestFirst : IComparer<QuoteOccurrence>
    {
        public static EarliestFirst Instance { get; } = new();

        public int Compare(QuoteOccurrence? x, QuoteOccurrence? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var order = Nullable.Compare(Instant(x.Published), Instant(y.Published));
            if (x.Published is null != y.Published is null)
            {
                return x.Published is null ? 1 : -1;
            }

            order = order != 0 ? order : string.CompareOrdinal(x.ArticleId, y.ArticleId);
            return order != 0 ? order : x.Span.Start.CompareTo(y.Span.Start);
        }

        private static DateTime? Instant(PublishDate? date)
            => date is { } d ? d.Date.ToDateTime(d.Time ?? TimeOnly.MinValue) - (d.Offset ?? TimeSpan.Zero) : null;
    }
}
