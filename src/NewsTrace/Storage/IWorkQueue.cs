namespace NewsTrace.Storage;

/// <summary>
/// A queue of inputs waiting for analysis, shared by workers on any number of machines (implemented by stores that
/// many processes write to: PostgreSQL). Entries are keyed by content hash. A worker claims a batch under a lease and
/// completes it in the same transaction as the batch's writes; a batch whose lease runs out (its worker was killed)
/// is claimed again by another worker, and an input that keeps failing is given up with its reason, never blocking the rest.
/// </summary>
public interface IWorkQueue
{
    /// <summary>
    /// Queues inputs. Content already queued is not queued again (a rerun changes nothing); under a new name, the name
    /// is kept as one more source. Content queued earlier that failed is queued again, as ingest retries failed inputs.
    /// </summary>
    Task<EnqueueOutcome> EnqueueAsync(IReadOnlyList<QueuedInput> inputs, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="maxItems"/> waiting inputs for <paramref name="lease"/>, in queue order. An input
    /// claimed before (its worker died or gave it back) is claimed on its own, so one poisonous input cannot take a
    /// batch down with it again; one claimed <paramref name="maxAttempts"/> times already is marked failed instead.
    /// </summary>
    Task<ClaimedBatch> ClaimAsync(string workerId, int maxItems, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>Extends the lease of everything <paramref name="workerId"/> holds; returns how many entries that is.</summary>
    Task<int> RenewLeasesAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the batch's results and marks its entries done (or failed, for inputs among <see cref="IngestBatch.Failures"/>)
    /// in one transaction, so a worker killed before it returns leaves neither. Writes are keyed by content-hash id,
    /// so completing a batch another worker completed already changes nothing.
    /// </summary>
    Task<WriteOutcome> CompleteAsync(ClaimedBatch batch, IngestBatch writes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives the batch back: it waits again. With an <paramref name="error"/> (the worker hit an error it could not pin on
    /// one input) the claim counts as an attempt and the error is noted; without one (the worker was stopped) it does not.
    /// </summary>
    Task ReleaseAsync(ClaimedBatch batch, string? error, CancellationToken cancellationToken = default);

    /// <summary>
    /// The next window of <paramref name="size"/> added articles after the last one run, once every entry up to its last
    /// article is finished; null while one of them still waits or is leased (a later call finds it). With
    /// <paramref name="partial"/>, the finished entries up to the first unfinished one (or the end of the queue) make
    /// a window however few articles they added: the rest of the input, as <c>ingest</c>'s last run takes it.
    /// </summary>
    Task<QueueWindow?> NextWindowAsync(int size, bool partial, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the windows before <paramref name="nextSeq"/> have run (never moves back), and that
    /// <paramref name="walker"/> ran them now.
    /// </summary>
    Task AdvanceWindowsAsync(long nextSeq, string walker, CancellationToken cancellationToken = default);

    /// <summary>Who ran the last window and how long ago, by the store's clock; null before any window has run.</summary>
    Task<WindowWalker?> GetWindowWalkerAsync(CancellationToken cancellationToken = default);

    /// <summary>True while any entry waits or is leased (an expired lease included: it will be claimed again).</summary>
    Task<bool> HasOutstandingWorkAsync(CancellationToken cancellationToken = default);

    /// <summary>Records what a worker says about itself (upsert by worker id; the store's clock sets the time).</summary>
    Task RecordHeartbeatAsync(WorkerHeartbeat heartbeat, CancellationToken cancellationToken = default);

    /// <summary>Counts for operators; <paramref name="recentWindow"/> is the window the ingest rate is measured over.</summary>
    Task<QueueStatus> GetStatusAsync(TimeSpan recentWindow, CancellationToken cancellationToken = default);
}
