using System.Collections.Immutable;
using System.Diagnostics;
using NewsTrace.Ingest;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Fingerprints;
using NewsTrace.Storage;

namespace NewsTrace.Pipeline;

/// <summary>
/// Reads inputs, skips the ones already stored, extracts and analyses the rest on all cores, and writes them in
/// batched transactions. A process killed at any moment leaves the store consistent; a rerun does only the rest.
/// </summary>
public sealed class CorpusIngestor(ArticleAnalyzer analyzer, IArticleStore store)
{
    /// <summary>Inputs per store transaction and per known-id lookup.</summary>
    public int BatchSize { get; init; } = 128;

    public int DegreeOfParallelism { get; init; }

    /// <summary>
    /// Inputs analysed ahead of the writer. The writer's transactions run on the caller's thread; a deep read-ahead
    /// keeps the other cores analysing meanwhile instead of waiting (a few hundred analysed articles cost tens of
    /// megabytes).
    /// </summary>
    public int ReadAhead { get; init; } = 256;

    /// <summary>
    /// Awaited with the ids of each <see cref="WindowSize"/> articles added (in input order, once written), so corpus
    /// steps can start on them in the background while the ingest goes on (a last, partial window
    /// is left to the caller's final run). A window is fixed by the input alone, so the steps see the same articles on
    /// every run whatever the timing.
    /// </summary>
    public Func<IReadOnlyList<string>, CancellationToken, Task>? OnWindow { get; init; }

    /// <summary>Added articles per window passed to <see cref="OnWindow"/>.</summary>
    public int WindowSize { get; init; } = 2_000;

    /// <summary>Where to persist near-duplicate fingerprints of new articles (persisted LSH); none when null.</summary>
    public IFingerprintStore? Fingerprints { get; init; }

    /// <summary>The fingerprint granularities written to <see cref="Fingerprints"/>.</summary>
    public IReadOnlyList<FingerprintScheme> FingerprintSchemes { get; init; } = FingerprintScheme.All;

    /// <summary>
    /// Where batches go; by default a <see cref="StoreBatchWriter"/> over the store and <see cref="Fingerprints"/>. A
    /// worker passes one that also completes its queue entries in the same transaction. Fingerprints are computed
    /// when <see cref="Fingerprints"/> is set.
    /// </summary>
    public IIngestBatchWriter? Writer { get; init; }

    public async Task<IngestSummary> RunAsync(IEnumerable<IngestItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var clock = Stopwatch.StartNew();
        var failures = ImmutableArray.CreateBuilder<SourceMessage>();
        var warnings = ImmutableArray.CreateBuilder<SourceMessage>();
        var stageFailures = ImmutableArray.CreateBuilder<SourceMessage>();
        int read = 0, added = 0, known = 0;
        var window = new List<string>();
        var windowIds = new HashSet<string>(StringComparer.Ordinal);
        var previousWindow = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;

        var writer = Writer ?? new StoreBatchWriter(store, Fingerprints);
        var processed = analyzer.ProcessAll(SkipKnown(items, cancellationToken), DegreeOfParallelism, ReadAhead, cancellationToken);
        foreach (var batch in processed.Chunk(BatchSize))
        {
            var articles = new List<StoredArticle>(batch.Length);
            var failed = new List<IngestFailure>();
            var knownSources = new List<ArticleSource>();
            foreach (var result in batch)
            {
                read++;
                bytes += result.Bytes;
                switch (result.Status)
                {
                    case ProcessedInputStatus.AlreadyKnown:
                        known++;
                        knownSources.Add(new ArticleSource(result.Id!, result.Source, result.RecordId));
                        break;
                    case ProcessedInputStatus.Failed:
                        failures.Add(new SourceMessage(result.Source, result.Error ?? "unknown error"));
                        failed.Add(new IngestFailure(result.Source, result.Error ?? "unknown error", DateTimeOffset.UtcNow));
                        break;
                    default:
                        articles.Add(ToStored(result));
                        warnings.AddRange(result.Warnings.Select(w => new SourceMessage(result.Source, w)));
                        stageFailures.AddRange(result.Document!.Failures.Select(f => new SourceMessage(result.Source, $"{f.Stage}: {f.Message}")));
                        break;
                }
            }

            var fingerprints = Fingerprints is null
                ? []
                : articles.SelectMany(article => ArticleFingerprints.Compute(article.Id, article.Text, FingerprintSchemes)).ToList();
            var outcome = await writer.WriteAsync(new IngestBatch(articles, fingerprints, failed, knownSources), cancellationToken).ConfigureAwait(false);
            added += outcome.Added;
            known += outcome.AlreadyKnown;
            if (OnWindow is not null)
            {
                // A repeat of an article written moments ago can pass the known-id check, which runs a read-ahead
                // before the write; the store then reports it known. Leaving it out here keeps each window to what the
                // input alone decides. Repeats further apart than two windows never pass that check.
                // Windows hold exactly WindowSize articles, cut inside a batch where need be, so they depend on the
                // input alone and not on the batch size: workers cut the queue into the same windows (QueueWindowSteps).
                foreach (var id in articles.Select(a => a.Id))
                {
                    if (previousWindow.Contains(id) || !windowIds.Add(id))
                    {
                        continue;
                    }

                    window.Add(id);
                    if (window.Count == WindowSize)
                    {
                        await OnWindow(window, cancellationToken).ConfigureAwait(false);
                        window = [];
                        previousWindow = windowIds;
                        windowIds = new HashSet<string>(StringComparer.Ordinal);
                    }
                }
            }

            progress?.Report(new IngestProgress(read, added, known, failures.Count, bytes, clock.Elapsed, batch[^1].Source));
        }

        return new IngestSummary(read, added, known, failures.ToImmutable(), warnings.ToImmutable(), stageFailures.ToImmutable(), bytes, clock.Elapsed);
    }

    /// <summary>Turns inputs whose id is already stored into "already known" markers before any extraction work.</summary>
    private IEnumerable<IngestItem> SkipKnown(IEnumerable<IngestItem> items, CancellationToken cancellationToken)
    {
        foreach (var chunk in items.Chunk(BatchSize))
        {
            var ids = chunk.OfType<RawInput>().Select(r => r.Id).ToArray();
            // This runs on the reader thread of the parallel map; blocking here is what bounds the read-ahead.
            var existing = ids.Length == 0 ? new HashSet<string>() : store.FindExistingAsync(ids, cancellationToken).GetAwaiter().GetResult();
            foreach (var item in chunk)
            {
                yield return item is RawInput raw && existing.Contains(raw.Id) ? new KnownInput(raw.Source, raw.Id, raw.Metadata.RecordId, raw.Content.Length) : item;
            }
        }
    }

    private static StoredArticle ToStored(ProcessedInput result)
    {
        var document = result.Document!;
        return new StoredArticle(document.Id, document.Metadata, document.Text, ContentHash.Of(document.Text), ContractJson.LayersToJson(document))
        {
            Comments = result.Comments,
            Warnings = result.Warnings,
            StageFailures = document.Failures,
        };
    }
}
