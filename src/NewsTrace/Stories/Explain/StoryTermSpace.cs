using NewsTrace.Stories.Features;

namespace NewsTrace.Stories.Explain;

/// <summary>
/// The features story clustering uses, readable by term: content words (<see cref="ContentTerms"/>), sublinear tf times
/// smoothed idf over the documents added, names and numbers boosted, unit length. Explanations and summaries score
/// articles with it, so "why" speaks the clusterer's language. Add the whole corpus for corpus-wide idf; a story's
/// members alone give story-local weights (terms every member shares then weigh less).
/// </summary>
public sealed class StoryTermSpace
{
    private readonly TermDictionary _terms = new();
    private readonly DocumentFrequencies _frequencies = new();
    private readonly double _nameBoost;
    private readonly double _calendarBoost;

    public StoryTermSpace(StoryClusteringOptions? options = null)
    {
        _nameBoost = (options ?? StoryClusteringOptions.Default).NameBoost;
        _calendarBoost = (options ?? StoryClusteringOptions.Default).CalendarEventBoost;
    }

    /// <summary>Documents counted so far.</summary>
    public int DocumentCount => _frequencies.DocumentCount;

    /// <summary>Counts one document's terms into the document frequencies.</summary>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _frequencies.Add([.. ContentTerms.Extract(text).Keys.Select(_terms.GetOrAdd)]);
    }

    /// <summary>The weighted terms of <paramref name="text"/> under the frequencies counted so far.</summary>
    public WeightedTerms Vector(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in ContentTerms.Extract(text))
        {
            var inverse = _terms.TryGetId(term, out var id)
                ? _frequencies.InverseFrequency(id)
                : Math.Log(_frequencies.DocumentCount + 1.0) + 1.0;
            var weight = (1 + Math.Log(count.Count)) * inverse;
            weights[term] = count.Class switch
            {
                TermClass.Word => weight,
                TermClass.Calendar => weight * _calendarBoost,
                TermClass.Quote => 0,
                _ => weight * _nameBoost,
            };
        }

        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        if (norm > 0)
        {
            foreach (var term in weights.Keys.ToList())
            {
                weights[term] /= norm;
            }
        }

        return new WeightedTerms(weights);
    }
}
