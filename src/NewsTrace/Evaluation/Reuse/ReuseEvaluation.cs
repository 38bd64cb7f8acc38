using System.Collections.Immutable;
using NewsTrace.Reuse;

namespace NewsTrace.Evaluation.Reuse;

/// <summary>
/// Scores of predicted pair relations against the labels: a confusion matrix indexed [expected, predicted] by
/// <see cref="ReuseRelation"/> value, per-relation precision/recall/F1, and per kind of generated pair how many got
/// the expected relation.
/// </summary>
public sealed class ReuseEvaluation
{
    public const int RelationCount = 6;

    private readonly int[,] _confusion;

    public ReuseEvaluation(int[,] confusion, ImmutableSortedDictionary<string, (int Correct, int Total)> byKind, ImmutableArray<ReusePrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        _confusion = (int[,])confusion.Clone();
        ByKind = byKind;
        Predictions = predictions;
    }

    /// <summary>Per kind of generated pair (e.g. "rewrite-heavy"): pairs that got the expected relation, out of all.</summary>
    public ImmutableSortedDictionary<string, (int Correct, int Total)> ByKind { get; }

    public ImmutableArray<ReusePrediction> Predictions { get; }

    public int Pairs => Predictions.Length;

    public int Count(ReuseRelation expected, ReuseRelation predicted) => _confusion[(int)expected, (int)predicted];

    public MatchCounts Scores(ReuseRelation relation)
    {
        var index = (int)relation;
        int truePositives = _confusion[index, index], falsePositives = 0, falseNegatives = 0;
        for (var other = 0; other < RelationCount; other++)
        {
            if (other != index)
            {
                falsePositives += _confusion[other, index];
                falseNegatives += _confusion[index, other];
            }
        }

        return new MatchCounts(truePositives, falsePositives, falseNegatives);
    }

    /// <summary>Share of pairs whose kind starts with <paramref name="kindPrefix"/> that got the expected relation.</summary>
    public double KindRecall(string kindPrefix)
    {
        int correct = 0, total = 0;
        foreach (var (kind, counts) in ByKind)
        {
            if (kind.StartsWith(kindPrefix, StringComparison.Ordinal))
            {
                correct += counts.Correct;
                total += counts.Total;
            }
        }

        return total == 0 ? 0 : (double)correct / total;
    }

    public double Accuracy => Pairs == 0 ? 0 : (double)Predictions.Count(p => p.Predicted == p.Pair.Expected) / Pairs;
}
