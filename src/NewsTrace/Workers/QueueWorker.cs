using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Workers;

/// <summary>
/// <c>newstrace worker</c>: claims batches from the work queue under a lease, runs the ingest pipeline over them
/// (<see cref="CorpusIngestor"/>, the same code as <c>ingest</c>), and completes each batch in the transaction that
/// writes it. While a batch is in hand a background loop renews the lease and records a heartbeat; a worker killed at
/// any moment stops renewing, and its batch is claimed again once the lease runs out. The corpus-level steps run over
/// the queue's windows (<see cref="QueueWindowSteps"/>): after each batch, in the background, any window the queue has
/// completed (<see cref="BackgroundWindowWalks"/>); once nothing is outstanding, the rest. So the stories are the ones a single <c>ingest</c> of the same inputs gives.
/// </summary>
public sealed class QueueWorker(IWorkQueue queue, IArticleStore store, Func<PublishDate?, ArticleAnalyzer> createAnalyzer, CorpusSteps corpusSteps)
{
    private readonly Dictionary<PublishDate, ArticleAnalyzer> _datedAnalyzers = [];
    private ArticleAnalyzer? _analyzer;
    private long _processed;
    private long _failed;
    private volatile string _state = "working";

    /// <summary>Unique per worker process: host, process id and a random suffix.</summary>
    public string WorkerId { get; init; } = NewWorkerId();

    /// <summary>Inputs claimed per batch (and written per transaction).</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>How long a claim lasts without renewal; a killed worker's batch waits this long before another takes it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Claims after which an input that never completes is given up and recorded as failed.</summary>
    public int MaxAttempts { get; init; } = 3;

    public int DegreeOfParallelism { get; init; }

    /// <summary>How long to wait before asking again when nothing is claimable.</summary>
    public TimeSpan IdlePoll { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Stop once nothing waits and nothing is leased (instead of waiting for more work).</summary>
    public bool UntilIdle { get; init; }

    /// <summary>
    /// Added articles per window of the corpus steps (<see cref="QueueWindowSteps.WindowSize"/>); the same as `ingest`'s
    /// (<see cref="CorpusIngestor.WindowSize"/>) for the same stories. Without windows a large queue would leave every
    /// story to one catch-up over the whole backlog at the end.
    /// </summary>
    public int WindowSize { get; init; } = 2_000;

    /// <summary>Where fingerprints are kept; when set, the worker computes them and writes them with each batch.</summary>
    public IFingerprintStore? Fingerprints { get; init; }

    public async Task<WorkerSummary> RunAsync(IProgress<WorkerSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        int batches = 0, released = 0;
        long added = 0, known = 0;
        var wroteSinceSteps = false;

        // A worker that starts on an idle queue still runs the rest once: a worker killed after its last batch left it.
        var caughtUp = false;
        var windows = new QueueWindowSteps(queue, store, corpusSteps, WorkerId) { WindowSize = WindowSize };
        var walks = new BackgroundWindowWalks(windows, maxAhead: 2L * WindowSize);

        using var stopHeartbeat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await HeartbeatAsync(started, cancellationToken).ConfigureAwait(false);
        var heartbeat = HeartbeatLoopAsync(started, stopHeartbeat.Token);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = await queue.ClaimAsync(WorkerId, BatchSize, Lease, MaxAttempts, cancellationToken).ConfigureAwait(false);
                if (batch.IsEmpty)
                {
                    await walks.DrainAsync().ConfigureAwait(false);

                    // Another worker may still hold a batch: the rest of the queue is run once it is written (by
                    // whichever worker then finds nothing outstanding), never without it.
                    var outstanding = await queue.HasOutstandingWorkAsync(cancellationToken).ConfigureAwait(false);
                    if (!outstanding && (wroteSinceSteps || !caughtUp))
                    {
                        _state = "corpus-steps";
                        await windows.RunToEndAsync(cancellationToken).ConfigureAwait(false);
                        wroteSinceSteps = false;
                        caughtUp = true;
                    }

                    if (UntilIdle && !outstanding)
                    {
                        break;
                    }

                    _state = "idle";
                    await Task.Delay(IdlePoll, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                _state = "working";
                try
                {
                    var outcome = await ProcessAsync(batch, cancellationToken).ConfigureAwait(false);
                    added += outcome.Added;
                    known += outcome.Known;
                    Interlocked.Add(ref _processed, batch.Items.Count);
                    Interlocked.Add(ref _failed, outcome.Failed);
                    batches++;
                    wroteSinceSteps = true;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Stopped by the user: give the batch back at once rather than after the lease; it was not an attempt.
                    await queue.ReleaseAsync(batch, null, CancellationToken.None).ConfigureAwait(false);
                    throw;
                }
#pragma warning disable CA1031 // Any error the batch hits is recorded on its entries; they are retried one by one and given up after MaxAttempts.
                catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
                {
                    await queue.ReleaseAsync(batch, $"{ex.GetType().Name}: {ex.Message}", cancellationToken).ConfigureAwait(false);
                    released++;
                }

                // Outside the batch's try: the batch is complete, and a failing step must not release it. The walk
                // runs beside the next batches; it returns at once when another worker is walking the windows.
                await walks.AfterBatchAsync(added, cancellationToken).ConfigureAwait(false);

                progress?.Report(Summary(batches, added, known, released, clock.Elapsed));
            }
        }
        finally
        {
            await walks.DrainQuietlyAsync().ConfigureAwait(false);
            _state = "stopped";
            await stopHeartbeat.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
            await HeartbeatAsync(started, CancellationToken.None).ConfigureAwait(false);
        }

        return Summary(batches, added, known, released, clock.Elapsed);
    }

    private WorkerSummary Summary(int batches, long added, long known, int released, TimeSpan elapsed)
        => new(WorkerId, batches, Interlocked.Read(ref _processed), added, known, Interlocked.Read(ref _failed), released, elapsed);

    /// <summary>Runs the pipeline over the batch: one ingestor run (one transaction) per document date the inputs were queued with.</summary>
    private async Task<(long Added, long Known, long Failed)> ProcessAsync(ClaimedBatch batch, CancellationToken cancellationToken)
    {
        long added = 0, known = 0, failed = 0;
        foreach (var group in batch.Items.GroupBy(item => item.Input.DocumentCreationTime))
        {
            var part = new ClaimedBatch(batch.WorkerId, group.ToList());
            var ingestor = new CorpusIngestor(AnalyzerFor(group.Key), store)
            {
                BatchSize = part.Items.Count,
                DegreeOfParallelism = DegreeOfParallelism,
                Fingerprints = Fingerprints,
                Writer = new QueueBatchWriter(queue, part),
            };
            var summary = await ingestor.RunAsync(part.Items.Select(item => (IngestItem)item.Input.Input), cancellationToken: cancellationToken).ConfigureAwait(false);
            added += summary.Added;
            known += summary.AlreadyKnown;
            failed += summary.Failures.Length;
        }

        return (added, known, failed);
    }

    private ArticleAnalyzer AnalyzerFor(PublishDate? documentCreationTime)
    {
        if (documentCreationTime is not { } date)
        {
            return _analyzer ??= createAnalyzer(null);
        }

        if (!_datedAnalyzers.TryGetValue(date, out var analyzer))
        {
            analyzer = createAnalyzer(date);
            _datedAnalyzers[date] = analyzer;
        }

        return analyzer;
    }

    /// <summary>Renews the lease and reports progress every third of a lease (at most every five seconds) until stopped.</summary>
    private async Task HeartbeatLoopAsync(DateTimeOffset started, CancellationToken cancellationToken)
    {
        var period = TimeSpan.FromTicks(Math.Clamp(Lease.Ticks / 3, TimeSpan.FromMilliseconds(200).Ticks, TimeSpan.FromSeconds(5).Ticks));
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(period, cancellationToken).ConfigureAwait(false);
                await queue.RenewLeasesAsync(WorkerId, Lease, cancellationToken).ConfigureAwait(false);
                await HeartbeatAsync(started, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped with the worker.
        }
    }

    private Task HeartbeatAsync(DateTimeOffset started, CancellationToken cancellationToken)
        => queue.RecordHeartbeatAsync(
            new WorkerHeartbeat(WorkerId, Environment.MachineName, Environment.ProcessId, _state, started, DateTimeOffset.UtcNow, Interlocked.Read(ref _processed), Interlocked.Read(ref _failed)),
            cancellationToken);

    private static string NewWorkerId()
        => string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
}
