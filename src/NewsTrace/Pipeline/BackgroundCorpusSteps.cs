using NewsTrace.Storage;

namespace NewsTrace.Pipeline;

/// <summary>
/// Runs the corpus steps for windows of an ingest in the background, one window after another in the order posted, so a
/// long ingest keeps its stories caught up while the analysis goes on instead of leaving one catch-up over the whole
/// backlog for the end. At most <see cref="MaxQueued"/> windows wait or run at once: posting more waits, so the
/// analysis cannot run far ahead of the steps and leave them a backlog that one thread works off alone at the end.
/// The first error stops the chain and is thrown by <see cref="CompleteAsync"/> (and by later posts).
/// </summary>
public sealed class BackgroundCorpusSteps(CorpusSteps steps, IArticleStore store, int maxQueued = 2) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(maxQueued > 0 ? maxQueued : throw new ArgumentOutOfRangeException(nameof(maxQueued), maxQueued, "At least one window must fit."));
    private Task _chain = Task.CompletedTask;

    /// <summary>Windows allowed to wait or run at once.</summary>
    public int MaxQueued { get; } = maxQueued;

    /// <summary>Windows posted so far.</summary>
    public int Posted { get; private set; }

    /// <summary>
    /// Queues the steps for <paramref name="articleIds"/> after the windows already queued, first waiting while
    /// <see cref="MaxQueued"/> are. Call from one thread at a time.
    /// </summary>
    public async Task PostAsync(IReadOnlyList<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_chain.IsFaulted)
        {
            _slots.Release();
            await _chain.ConfigureAwait(false);
        }

        var previous = _chain;
        var window = articleIds.ToArray();
        _chain = Task.Run(
            async () =>
            {
                try
                {
                    await previous.ConfigureAwait(false);
                    await steps.RunAsync(store, window, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _slots.Release();
                }
            },
            CancellationToken.None);
        Posted++;
    }

    /// <summary>Waits for every posted window; throws the first failure.</summary>
    public Task CompleteAsync() => _chain;

    /// <summary>Call after <see cref="CompleteAsync"/> has finished (the windows release their slots as they end).</summary>
    public void Dispose() => _slots.Dispose();
}
