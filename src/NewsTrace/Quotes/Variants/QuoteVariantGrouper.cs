using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Reuse.Diff;
using NewsTrace.Stories;
using NewsTrace.Stories.Clustering;

namespace NewsTrace.Quotes.Variants;

/// <summary>
/// Groups the quotations of many articles into statements (<see cref="QuoteSimilarity"/> decides which pairs are one)
/// and diffs each variant against the earliest. Quotes of comparable length are joined first; then each group of short
/// fragments joins the one group it was most likely cut from, so a long transcript paragraph never chains two statements. Only pairs that share content words are ever compared, found through
/// an index of those words, so the work grows with the overlaps, not with the square of the quotes.
/// </summary>
public static class QuoteVariantGrouper
{
    // A word in more quotes than this says nothing about which ones are the same statement.
    private const int MaxPostings = 2_000;

    // Quotes whose lengths differ more than this are joined only as a fragment to the quote it was cut from.
    private const double MinimumLengthRatio = 0.6;

    // A group whose longest quote has at most this many words is a fragment ("full support and solidarity").
    private const int MaxFragmentWords = 8;

    public static IReadOnlyList<QuoteStatement> Group(IEnumerable<QuoteOccurrence> occurrences)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var quotes = occurrences.OrderBy(q => q, EarliestFirst.Instance).ToList();
        var words = quotes.Select(q => QuoteWords.Of(q.Text)).ToList();
        var sets = new DisjointSets(quotes.Count);
        var matches = Candidates(words).Where(p => QuoteSimilarity.SameStatement(quotes[p.Item1], words[p.Item1], quotes[p.Item2], words[p.Item2])).ToList();

        // Quotes of comparable length first: joining through containment alone would chain two statements through a
        // transcript paragraph that holds both.
        foreach (var (a, b) in matches.Where(p => Comparable(words[p.Item1], words[p.Item2])))
        {
            sets.Union(a, b);
        }

        AttachFragments(words, matches, sets);

        // Quotes are sorted earliest first and DisjointSets keeps the smallest index as root, so the root is the earliest variant.
        return Enumerable.Range(0, quotes.Count)
            .GroupBy(sets.Smallest)
            .Select(group => Statement(group.Select(i => quotes[i]).ToList()))
            .OrderByDescending(s => s.Variants.Length)
            .ThenBy(s => s.Variants[0].Occurrence, EarliestFirst.Instance)
            .ToList();
    }

    /// <summary>
    /// A group of short quotes ("full support and solidarity") joins the one group of longer quotes it was cut from:
    /// the one that contains the most of its words, then the one with the shortest such quote (the sentence rather than
    /// the paragraph around it), then the larger group, then the earliest.
    /// </summary>
    private static void AttachFragments(List<QuoteWords> words, List<(int, int)> matches, DisjointSets sets)
    {
        var longest = new Dictionary<int, int>();
        var sizes = new Dictionary<int, int>();
        for (var i = 0; i < words.Count; i++)
        {
            var root = sets.Smallest(i);
            longest[root] = Math.Max(longest.GetValueOrDefault(root), words[i].All.Count);
            sizes[root] = sizes.GetValueOrDefault(root) + 1;
        }

        var best = new Dictionary<int, (int Root, double Containment, int Length, int Size)>();
        foreach (var (a, b) in matches)
        {
            var (rootA, rootB) = (sets.Smallest(a), sets.Smallest(b));
            if (rootA == rootB)
            {
                continue;
            }

            foreach (var (fragment, container, fragmentRoot, containerRoot) in new[] { (a, b, rootA, rootB), (b, a, rootB, rootA) })
            {
                if (longest[fragmentRoot] > MaxFragmentWords || words[container].All.Count <= words[fragment].All.Count)
                {
                    continue;
                }

                var containment = (double)words[fragment].All.Count(words[container].All.Contains) / words[fragment].All.Count;
                var candidate = (containerRoot, containment, words[container].All.Count, sizes[containerRoot]);
                if (!best.TryGetValue(fragmentRoot, out var current) || Better(candidate, current))
                {
                    best[fragmentRoot] = candidate;
                }
            }
        }

        foreach (var (fragmentRoot, container) in best)
        {
            sets.Union(fragmentRoot, container.Root);
        }

        static bool Better((int Root, double Containment, int Length, int Size) x, (int Root, double Containment, int Length, int Size) y)
            => x.Containment != y.Containment ? x.Containment > y.Containment
                : x.Length != y.Length ? x.Length < y.Length
                : x.Size != y.Size ? x.Size > y.Size
                : x.Root < y.Root;
    }

    /// <summary>Neither quote is much longer than the other.</summary>
    private static bool Comparable(QuoteWords left, QuoteWords right)
        => Math.Min(left.All.Count, right.All.Count) >= MinimumLengthRatio * Math.Max(left.All.Count, right.All.Count);

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
