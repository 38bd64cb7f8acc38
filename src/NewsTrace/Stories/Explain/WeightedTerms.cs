namespace NewsTrace.Stories.Explain;

/// <summary>An article as story clustering sees it: content terms with TF-IDF weights, unit length, so a dot product is a cosine.</summary>
public sealed class WeightedTerms(IReadOnlyDictionary<string, double> weights)
{
    public static WeightedTerms Empty { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal));

    /// <summary>Term → weight; the weights' squares sum to 1 (or there are none).</summary>
    public IReadOnlyDictionary<string, double> Weights { get; } = weights ?? throw new ArgumentNullException(nameof(weights));

    public double Dot(WeightedTerms other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (small, large) = Weights.Count <= other.Weights.Count ? (Weights, other.Weights) : (other.Weights, Weights);
        double sum = 0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var otherWeight))
            {
                sum += weight * otherWeight;
            }
        }

        return sum;
    }
}
