using NewsTrace.Stories.Features;

namespace NewsTrace.Time.Timeline;

/// <summary>
/// How much two event sentences of one timeline have in common, weighting each shared term by how rare it is among the
/// timeline's sentences: in a story about Lavrov in Pyongyang, "Lavrov" and "Korea" are in most sentences and say little;
/// "drill" or "B-52" say which event a sentence tells.
/// </summary>
internal sealed class EventSimilarity
{
    private const double NameWeight = 2;

    /// <summary>The fewest terms two sentences must share to be one event: one common word proves nothing.</summary>
    private const int MinimumSharedTerms = 2;

    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly int _sentences;

    public EventSimilarity(IEnumerable<EventTerms> sentences)
    {
        foreach (var sentence in sentences)
        {
            _sentences++;
            foreach (var term in sentence.Terms.Keys)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    /// <summary>The weight the two sentences share, over the weight of the lighter one (0 to 1); 0 below <see cref="MinimumSharedTerms"/>.</summary>
    public double Score(EventTerms first, EventTerms second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        double shared = 0, firstTotal = 0, secondTotal = 0;
        var sharedTerms = 0;
        foreach (var (term, termClass) in first.Terms)
        {
            var weight = Weight(term, termClass);
            firstTotal += weight;
            if (second.Terms.TryGetValue(term, out var otherClass))
            {
                shared += Math.Max(weight, Weight(term, otherClass));
                sharedTerms++;
            }
        }

        foreach (var (term, termClass) in second.Terms)
        {
            secondTotal += Weight(term, termClass);
        }

        var lighter = Math.Min(firstTotal, secondTotal);
        return sharedTerms < MinimumSharedTerms || lighter <= 0 ? 0 : Math.Min(1, shared / lighter);
    }

    private double Weight(string term, TermClass termClass)
    {
        var rarity = Math.Log((_sentences + 1.0) / (_documentFrequency.GetValueOrDefault(term) + 1.0));
        return (termClass == TermClass.Name ? NameWeight : 1) * Math.Max(0, rarity);
    }
}
