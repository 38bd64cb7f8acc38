namespace NewsTrace.Evaluation;

/// <summary>
/// Scores cross-document entity grouping against gold alias lists (samples/gold.json <c>entities</c>): every unordered
/// pair of distinct aliases of one gold entity should be in one predicted entity, and no other pair of gold aliases
/// should. Predicted aliases that the gold does not list (tagging noise, or forms the gold leaves out) are not scored,
/// so the figure measures grouping, not recognition; <see cref="AliasPairScore.AliasCoverage"/> reports the recognition side.
/// An alias the gold gives to two entities ("The council") makes pairs in both.
/// </summary>
public static class AliasPairEvaluator
{
    public static AliasPairScore Evaluate(IEnumerable<IReadOnlyCollection<string>> gold, IEnumerable<IReadOnlyCollection<string>> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldEntities = gold.Select(g => g.Distinct(StringComparer.Ordinal).ToList()).ToList();
        var vocabulary = goldEntities.SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        var goldPairs = goldEntities.SelectMany(Pairs).ToHashSet();
        var predictedEntities = predicted.Select(p => p.Where(vocabulary.Contains).Distinct(StringComparer.Ordinal).ToList()).ToList();
        var predictedPairs = predictedEntities.SelectMany(Pairs).ToHashSet();
        var found = predictedEntities.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        return new AliasPairScore(
            goldPairs.Count,
            predictedPairs.Count,
            predictedPairs.Count(goldPairs.Contains),
            vocabulary.Count,
            found.Count,
            goldPairs.Count(p => found.Contains(p.Item1) && found.Contains(p.Item2)));
    }

    private static IEnumerable<(string, string)> Pairs(List<string> aliases)
    {
        var sorted = aliases.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                yield return (sorted[i], sorted[j]);
            }
        }
    }
}
