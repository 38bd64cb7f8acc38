using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Relations;

namespace NewsTrace.Evaluation.Reuse;

/// <summary>Runs a comparer over labelled pairs (each text analysed by the given pipeline) and scores the relations.</summary>
public static class ReuseEvaluator
{
    public static ReuseEvaluation Evaluate(IEnumerable<LabelledReusePair> pairs, IPairComparer comparer, DocumentPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(comparer);
        ArgumentNullException.ThrowIfNull(pipeline);
        var confusion = new int[ReuseEvaluation.RelationCount, ReuseEvaluation.RelationCount];
        var byKind = new SortedDictionary<string, (int Correct, int Total)>(StringComparer.Ordinal);
        var predictions = ImmutableArray.CreateBuilder<ReusePrediction>();
        foreach (var pair in pairs)
        {
            var left = pipeline.Process(new Document("left", pair.Left, new ArticleMetadata()));
            var right = pipeline.Process(new Document("right", pair.Right, new ArticleMetadata()));
            var analysis = comparer is PairComparer pairComparer ? pairComparer.Analyze(left, right) : null;
            var comparison = analysis?.Comparison ?? comparer.Compare(left, right);
            confusion[(int)pair.Expected, (int)comparison.Relation]++;
            var kind = KindGroup(pair.Kind);
            var (correct, total) = byKind.GetValueOrDefault(kind);
            byKind[kind] = (correct + (comparison.Relation == pair.Expected ? 1 : 0), total + 1);
            predictions.Add(new ReusePrediction(pair, comparison.Relation, comparison.Similarity, analysis?.Evidence));
        }

        return new ReuseEvaluation(confusion, byKind.ToImmutableSortedDictionary(StringComparer.Ordinal), predictions.ToImmutable());
    }

    /// <summary>"same-story-spun-velgrad-today" and "same-story-velgrad-today" group as "same-story-spun" and "same-story".</summary>
    private static string KindGroup(string kind)
        => kind.StartsWith("same-story-spun", StringComparison.Ordinal) ? "same-story-spun"
            : kind.StartsWith("same-story", StringComparison.Ordinal) ? "same-story"
            : kind;
}
