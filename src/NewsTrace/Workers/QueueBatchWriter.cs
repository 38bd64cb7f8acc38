using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Workers;

/// <summary>Writes a worker's batch and completes its queue entries in the same transaction.</summary>
internal sealed class QueueBatchWriter(IWorkQueue queue, ClaimedBatch claimed) : IIngestBatchWriter
{
    public Task<WriteOutcome> WriteAsync(IngestBatch batch, CancellationToken cancellationToken = default)
        => queue.CompleteAsync(claimed, batch, cancellationToken);
}
