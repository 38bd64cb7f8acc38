using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Workers;

/// <summary>
/// Runs the corpus steps for workers over the queue's windows (<see cref="IWorkQueue.NextWindowAsync"/>), one window
/// after another in queue order, then the rest of the queue once nothing is outstanding: the steps see the articles one
/// <c>ingest</c> of the same inputs would show them, in the same windows, whichever worker wrote which batch and
/// whenever it finished. (Running them over whatever happened to be written made the stories depend on timing: a worker
/// that ran out of work caught up without the batch another worker still held.)
/// </summary>
/// <remarks>
/// One worker tends to walk the windows while it is alive (<see cref="IWorkQueue.GetWindowWalkerAsync"/>): the story
/// catch-up keeps the index it reads in memory between windows, and an update by another process empties that memory,
/// so windows alternating between workers would each start cold.
/// </remarks>
public sealed class QueueWindowSteps(IWorkQueue queue, IArticleStore store, CorpusSteps steps, string walker)
{
    /// <summary>The lock the window walk runs under, so two workers never run one window twice.</summary>
    public const string LockName = "queue-windows";

    /// <summary>Added articles per window; the same as <see cref="CorpusIngestor.WindowSize"/> for results like `ingest`'s.</summary>
    public int WindowSize { get; init; } = 2_000;

    /// <summary>
    /// How long after another worker last ran a window this one leaves the windows to it. A worker that died, or that
    /// has had no batch to finish since, is taken over from after this.
    /// </summary>
    public TimeSpan LeaveToWalker { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs every window that is complete, unless another worker ran the last one recently (<see cref="LeaveToWalker"/>)
    /// or is walking the windows now: it will see them, or a later call will. Returns how many windows this call ran.
    /// </summary>
    public async Task<int> RunCompleteWindowsAsync(CancellationToken cancellationToken)
    {
        var last = await queue.GetWindowWalkerAsync(cancellationToken).ConfigureAwait(false);
        if (last is not null && !string.Equals(last.Walker, walker, StringComparison.Ordinal) && last.Age < LeaveToWalker)
        {
            return 0;
        }

        var ran = 0;
        if (store is ICorpusLock corpusLock)
        {
            await corpusLock.TryRunExclusiveAsync(LockName, async token => ran = await WalkAsync(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            ran = await WalkAsync(cancellationToken).ConfigureAwait(false);
        }

        return ran;
    }

    /// <summary>
    /// Call once nothing is outstanding in the queue: waits for the lock, runs every window left, then the steps over
    /// everything still waiting for them (as `ingest` does after its last window), and moves the cursor past it all.
    /// </summary>
    public async Task RunToEndAsync(CancellationToken cancellationToken)
    {
        if (store is ICorpusLock corpusLock)
        {
            await corpusLock.RunExclusiveAsync(LockName, FinishAsync, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FinishAsync(CancellationToken cancellationToken)
    {
        await WalkAsync(cancellationToken).ConfigureAwait(false);
        var rest = await queue.NextWindowAsync(WindowSize, partial: true, cancellationToken).ConfigureAwait(false);
        await steps.RunAsync(store, cancellationToken).ConfigureAwait(false);
        if (rest is not null)
        {
            await queue.AdvanceWindowsAsync(rest.NextSeq, walker, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> WalkAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        while (await queue.NextWindowAsync(WindowSize, partial: false, cancellationToken).ConfigureAwait(false) is { } window)
        {
            // A worker killed between the steps and the advance leaves the window to run again: the steps skip what
            // they have done (assigned articles are not assigned again).
            await steps.RunAsync(store, window.ArticleIds, cancellationToken).ConfigureAwait(false);
            await queue.AdvanceWindowsAsync(window.NextSeq, walker, cancellationToken).ConfigureAwait(false);
            ran++;
        }

        return ran;
    }
}
