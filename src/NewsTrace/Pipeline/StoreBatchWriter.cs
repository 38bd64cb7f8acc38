using NewsTrace.Storage;

namespace NewsTrace.Pipeline;

/// <summary>
/// The ingest writer: fingerprints first, then articles and failures in one transaction, then sources of known
/// articles. A crash between the steps leaves fingerprints a rerun rewrites, never an article without them.
/// </summary>
public sealed class StoreBatchWriter(IArticleStore store, IFingerprintStore? fingerprints) : IIngestBatchWriter
{
    public async Task<WriteOutcome> WriteAsync(IngestBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (fingerprints is not null && batch.Fingerprints.Count > 0)
        {
            await fingerprints.WriteFingerprintsAsync(batch.Fingerprints, cancellationToken).ConfigureAwait(false);
        }

        var outcome = await store.WriteBatchAsync(batch.Articles, batch.Failures, cancellationToken).ConfigureAwait(false);
        await store.RecordSourcesAsync(batch.KnownSources, cancellationToken).ConfigureAwait(false);
        return outcome;
    }
}
