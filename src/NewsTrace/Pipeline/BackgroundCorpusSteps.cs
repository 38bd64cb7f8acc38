using NewsTrace.Storage;

namespace NewsTrace.Pipeline;

/// <summary>
/// Runs the corpus steps for windows of an ingest in the background, one window after another in the order posted, so a
/// long ingest keeps its stories caught up while the analysis goes on instead of leaving one catch-up over the whole
/// backlog for the end. The first error stops the chain and is thrown by <see cref="CompleteAsync"/>.
/// </summary>
public sealed class BackgroundCorpusSteps(CorpusSteps steps, IArticleStore store)
{
    private Task _chain = Task.CompletedTask;

    /// <summary>Windows posted so far.</summary>
    public int Posted { get; private set; }

    /// <summary>Queues the steps for <paramref name="articleIds"/> after the windows already queued. Call from one thread.</summary>
    public void Post(IReadOnlyList<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var previous = _chain;
        var window = articleIds.ToArray();
        _chain = Task.Run(
            async () =>
            {
                await previous.ConfigureAwait(false);
                await steps.RunAsync(store, window, cancellationToken).ConfigureAwait(false);
            },
            CancellationToken.None);
        Posted++;
    }

    /// <summary>Waits for every posted window; throws the first failure.</summary>
    public Task CompleteAsync() => _chain;
}
