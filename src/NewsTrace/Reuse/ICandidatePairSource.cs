using NewsTrace.Documents;

namespace NewsTrace.Reuse;

/// <summary>
/// Proposes pairs of articles to compare beyond those of one story (for example near-duplicates found by MinHash/LSH
/// across stories). Pairs naming an article that is not among the documents given are ignored.
/// </summary>
public interface ICandidatePairSource
{
    IEnumerable<CandidatePair> Pairs(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default);
}
