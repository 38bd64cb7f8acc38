namespace NewsTrace.Storage;

/// <summary>
/// Persisted LSH for incremental runs: the fingerprints of stored articles, and the articles whose band keys match a new
/// fingerprint, so a new article is compared with candidates from every earlier run without rebuilding an index.
/// </summary>
public interface IFingerprintStore
{
    /// <summary>
    /// Stores fingerprints in one transaction, replacing any earlier fingerprint of the same article and scheme (idempotent).
    /// The article need not be stored yet: fingerprints are written before their batch of articles.
    /// </summary>
    Task WriteFingerprintsAsync(IReadOnlyList<ArticleFingerprint> fingerprints, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ids of articles with a fingerprint under <paramref name="scheme"/> that has the same key as
    /// <paramref name="bandKeys"/> in at least one band (key i is band i), each once, in id order.
    /// </summary>
    Task<IReadOnlyList<string>> FindCandidatesAsync(string scheme, IReadOnlyList<ulong> bandKeys, CancellationToken cancellationToken = default);

    /// <summary>The fingerprint of <paramref name="articleId"/> under <paramref name="scheme"/>, or null.</summary>
    Task<ArticleFingerprint?> GetFingerprintAsync(string articleId, string scheme, CancellationToken cancellationToken = default);
}
