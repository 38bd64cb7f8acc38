using NewsTrace.Storage;

namespace NewsTrace.Tests.Reuse.Fingerprints;

/// <summary>An in-memory <see cref="IFingerprintStore"/> that keeps what was written, in order.</summary>
internal sealed class RecordingFingerprintStore : IFingerprintStore
{
    public List<ArticleFingerprint> Written { get; } = [];

    public Task WriteFingerprintsAsync(IReadOnlyList<ArticleFingerprint> fingerprints, CancellationToken cancellationToken = default)
    {
        Written.AddRange(fingerprints);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> FindCandidatesAsync(string scheme, IReadOnlyList<ulong> bandKeys, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> found = [.. Written
            .Where(f => f.Scheme == scheme && f.BandKeys.Select((key, band) => band < bandKeys.Count && bandKeys[band] == key).Any(match => match))
            .Select(f => f.ArticleId)
            .Distinct()
            .Order(StringComparer.Ordinal)];
        return Task.FromResult(found);
    }

    public Task<ArticleFingerprint?> GetFingerprintAsync(string articleId, string scheme, CancellationToken cancellationToken = default)
        => Task.FromResult(Written.LastOrDefault(f => f.ArticleId == articleId && f.Scheme == scheme));
}
