using NewsTrace.Stories.Features;

namespace NewsTrace.Time.Timeline;

/// <summary>
/// The content words of one event sentence, for telling whether two sentences of the same date describe the same event:
/// shared names count double, and the date words themselves ("Wednesday", "October") are left out because every
/// sentence of that date shares them.
/// </summary>
internal sealed class EventTerms
{
    private const double NameWeight = 2;

    private readonly Dictionary<string, double> _weights;
    private readonly double _total;

    private EventTerms(Dictionary<string, double> weights)
    {
        _weights = weights;
        _total = weights.Values.Sum();
    }

    public static EventTerms From(string sentence)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, count) in ContentTerms.Extract(sentence))
        {
            var word = TimeLexicon.Lookup(term);
            if (word.Is(TimeWordKinds.Month) || word.Is(TimeWordKinds.Weekday) || word.Is(TimeWordKinds.RelativeDay)
                || word.Is(TimeWordKinds.PartOfDay) || word.Is(TimeWordKinds.Unit) || word.Is(TimeWordKinds.UnitPlural))
            {
                continue;
            }

            weights[term] = count.Class == TermClass.Name ? NameWeight : 1;
        }

        return new EventTerms(weights);
    }

    /// <summary>The weight the two sentences share, over the weight of the smaller one (0 to 1).</summary>
    public double Similarity(EventTerms other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var smaller = _weights.Count <= other._weights.Count ? this : other;
        var larger = ReferenceEquals(smaller, this) ? other : this;
        var shared = 0.0;
        foreach (var (term, weight) in smaller._weights)
        {
            if (larger._weights.TryGetValue(term, out var otherWeight))
            {
                shared += Math.Max(weight, otherWeight);
            }
        }

        var denominator = Math.Min(_total, other._total);
        return shared < MinimumShared || denominator <= 0 ? 0 : Math.Min(1, shared / denominator);
    }

    /// <summary>Two plain words, or one name, at least: one common word shared proves nothing.</summary>
    private const double MinimumShared = 2;
}
