namespace NewsTrace.Evaluation;

/// <summary>
/// BCubed clustering scores (Bagga and Baldwin 1998; Amigó et al. 2009): for every item, precision is the share of its
/// predicted cluster that shares its gold label, recall the share of its gold class that shares its predicted cluster;
/// both are averaged over items.
/// </summary>
public static class BCubed
{
    /// <param name="predicted">Item → predicted cluster label.</param>
    /// <param name="gold">Item → gold class label; must label exactly the predicted items.</param>
    public static BCubedScore Score(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted.Count != gold.Count || predicted.Keys.Any(item => !gold.ContainsKey(item)))
        {
            throw new ArgumentException("Predicted and gold must label the same items.", nameof(gold));
        }

        if (predicted.Count == 0)
        {
            return new BCubedScore(0, 0);
        }

        var clusterSizes = Sizes(predicted.Values);
        var classSizes = Sizes(gold.Values);
        var overlaps = Sizes(predicted.Select(p => p.Value + "\u0001" + gold[p.Key]));
        double precision = 0, recall = 0;
        foreach (var (item, cluster) in predicted)
        {
            var label = gold[item];
            double overlap = overlaps[cluster + "\u0001" + label];
            precision += overlap / clusterSizes[cluster];
            recall += overlap / classSizes[label];
        }

        return new BCubedScore(precision / predicted.Count, recall / predicted.Count);
    }

    private static Dictionary<string, int> Sizes(IEnumerable<string> labels)
        => labels.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
