using NewsTrace.Storage;

namespace NewsTrace.Pipeline;

/// <summary>Where <see cref="CorpusIngestor"/> puts each batch: straight into the store, or with a queue's bookkeeping in one transaction.</summary>
public interface IIngestBatchWriter
{
    Task<WriteOutcome> WriteAsync(IngestBatch batch, CancellationToken cancellationToken = default);
}
