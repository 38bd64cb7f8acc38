using NewsTrace.Stories.Features;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// Weighted, L2-normalised term vectors with the batch clusterer's weights (sublinear tf × global idf, names and
/// numbers boosted) over one update's own term numbering, for candidate similarities and story means. Weekday and month
/// names weigh as in the batch clusterer's topic tree (<see cref="StoryClusteringOptions.CalendarTopicWeight"/>): these
/// vectors decide which topics a new article touches, and a shared weekday is no reason to touch one.
/// </summary>
internal sealed class StoryVectorizer(StoryClusteringOptions options, ITermFrequencies frequencies)
{
    private readonly TermDictionary _terms = new();

    public SparseVector Vector(IReadOnlyDictionary<string, TermCount> terms, double boost)
    {
        var pairs = new KeyValuePair<int, float>[terms.Count];
        var index = 0;
        foreach (var (term, count) in terms)
        {
            pairs[index++] = new KeyValuePair<int, float>(_terms.GetOrAdd(term), (float)Weight(term, count, boost));
        }

        return SparseVector.FromPairs(pairs).Normalized();
    }

    public SparseVector Vector(IReadOnlyDictionary<string, TermCount> terms) => Vector(terms, options.NameBoost);

    /// <summary>The heaviest <paramref name="count"/> terms (ties in ordinal order): what the term index keeps and looks up.</summary>
    public IReadOnlyList<string> HeaviestTerms(IReadOnlyDictionary<string, TermCount> terms, int count) => terms
        .Select(p => (Term: p.Key, Weight: Weight(p.Key, p.Value, options.NameBoost)))
        .OrderByDescending(p => p.Weight)
        .ThenBy(p => p.Term, StringComparer.Ordinal)
        .Take(count)
        .Select(p => p.Term)
        .ToList();

    /// <summary>The mean of unit vectors: its dot product with a unit vector is the average cosine to them (average link).</summary>
    public static SparseVector Mean(IReadOnlyCollection<SparseVector> vectors)
    {
        var sums = new Dictionary<int, double>();
        foreach (var vector in vectors)
        {
            for (var i = 0; i < vector.Count; i++)
            {
                sums[vector.Ids[i]] = sums.GetValueOrDefault(vector.Ids[i]) + vector.Weights[i];
            }
        }

        return SparseVector.FromPairs(sums.Select(p => new KeyValuePair<int, float>(p.Key, (float)(p.Value / vectors.Count))));
    }

    private double Weight(string term, TermCount count, double boost)
    {
        var weight = (1 + Math.Log(count.Count)) * TermFrequencyTable.InverseFrequency(frequencies.DocumentCount, frequencies.Frequency(term));
        return count.Class switch
        {
            TermClass.Word => weight,
            TermClass.Calendar => weight * options.CalendarTopicWeight,
            TermClass.Quote => 0,
            _ => weight * boost,
        };
    }
}
