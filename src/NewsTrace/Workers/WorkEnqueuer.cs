using System.Collections.Immutable;
using System.Diagnostics;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Workers;

/// <summary>
/// <c>ingest --enqueue</c>: reads inputs and queues them for workers without analysing anything. Inputs whose article
/// is already stored only add their name, and inputs that cannot be read are recorded as failures, as ingest does.
/// </summary>
public sealed class WorkEnqueuer(IWorkQueue queue, IArticleStore store)
{
    /// <summary>Inputs per enqueue transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>The document date every queued input is analysed with (the user's --dct), or null.</summary>
    public PublishDate? DocumentCreationTime { get; init; }

    public async Task<EnqueueSummary> RunAsync(IEnumerable<IngestItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var clock = Stopwatch.StartNew();
        var failures = ImmutableArray.CreateBuilder<SourceMessage>();
        int read = 0, queued = 0, alreadyQueued = 0, newSources = 0, alreadyStored = 0;
        long bytes = 0;
        foreach (var chunk in items.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            read += chunk.Length;
            var raws = chunk.OfType<RawInput>().ToList();
            bytes += raws.Sum(raw => (long)raw.Content.Length);
            var existing = raws.Count == 0
                ? new HashSet<string>(StringComparer.Ordinal)
                : await store.FindExistingAsync(raws.Select(raw => raw.Id).ToArray(), cancellationToken).ConfigureAwait(false);

            var known = raws.Where(raw => existing.Contains(raw.Id)).Select(raw => new ArticleSource(raw.Id, raw.Source, raw.Metadata.RecordId)).ToList();
            var failed = chunk.OfType<InputError>().Select(error => new IngestFailure(error.Source, error.Reason, DateTimeOffset.UtcNow)).ToList();
            var fresh = raws.Where(raw => !existing.Contains(raw.Id)).Select(raw => new QueuedInput(raw, DocumentCreationTime)).ToList();

            if (failed.Count > 0)
            {
                await store.WriteBatchAsync([], failed, cancellationToken).ConfigureAwait(false);
                failures.AddRange(failed.Select(failure => new SourceMessage(failure.Source, failure.Reason)));
            }

            await store.RecordSourcesAsync(known, cancellationToken).ConfigureAwait(false);
            alreadyStored += known.Count;
            if (fresh.Count > 0)
            {
                var outcome = await queue.EnqueueAsync(fresh, cancellationToken).ConfigureAwait(false);
                queued += outcome.Queued;
                alreadyQueued += outcome.AlreadyQueued;
                newSources += outcome.NewSources;
            }
        }

        return new EnqueueSummary(read, queued, alreadyQueued, newSources, alreadyStored, failures.ToImmutable(), bytes, clock.Elapsed);
    }
}
