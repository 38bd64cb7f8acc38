using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Relations;

namespace NewsTrace.Reuse.Compare;

/// <summary>
/// Compares every pair of a pairs file. The texts are plain, so each is analysed by the given pipeline (tokens and
/// sentences at least). Term rarity comes from all the texts of the file together: for short pairs (single sentences)
/// the pair alone cannot tell a rare word from a common one, and the file is the corpus at hand. Results keep the
/// input order; rows run in parallel.
/// </summary>
public static class PairsFileComparer
{
    public static IEnumerable<PairsFileResult> Compare(
        IReadOnlyList<PairsFileRow> rows,
        DocumentPipeline pipeline,
        PairComparerOptions? options = null,
        int degreeOfParallelism = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(pipeline);
        var texts = rows.Where(r => r.Pair is not null).SelectMany(r => new[] { r.Pair!.Left, r.Pair.Right });
        var comparer = new PairComparer(options, TermRarity.FromTexts(texts));
        return OrderedParallel.Map(
            rows,
            row => row.Pair is { } pair ? new PairsFileResult(row, Compare(pair, pipeline, comparer)) : new PairsFileResult(row, null),
            degreeOfParallelism,
            cancellationToken: cancellationToken);
    }

    private static PairComparison Compare(TextPair pair, DocumentPipeline pipeline, PairComparer comparer)
    {
        var left = pipeline.Process(new Document(pair.Id + "/a", pair.Left, ArticleMetadata.Empty));
        var right = pipeline.Process(new Document(pair.Id + "/b", pair.Right, ArticleMetadata.Empty));
        return comparer.Compare(left, right);
    }
}
