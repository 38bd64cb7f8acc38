using NewsTrace.Storage;

namespace NewsTrace.Pipeline;

/// <summary>
/// What runs after new articles are written, and the one place that says so: <c>ingest</c> (and <c>run</c>) after their
/// batches, and a queue worker each time it runs out of work. On a store many processes share (<see cref="ICorpusLock"/>),
/// the steps run under its lock, so two workers never run them at once: the second waits, then finds little left to do.
/// </summary>
public sealed class CorpusSteps(IReadOnlyList<ICorpusStep> steps)
{
    /// <summary>The lock name the steps run under.</summary>
    public const string LockName = "corpus-steps";

    public IReadOnlyList<ICorpusStep> Steps { get; } = steps ?? throw new ArgumentNullException(nameof(steps));

    /// <summary>Runs every step in order against <paramref name="store"/>, holding the store's corpus lock when it has one.</summary>
    public Task RunAsync(IArticleStore store, CancellationToken cancellationToken = default)
        => RunAsync(store, null, cancellationToken);

    /// <summary>As <see cref="RunAsync(IArticleStore, CancellationToken)"/>, for just <paramref name="articleIds"/> when given.</summary>
    public async Task RunAsync(IArticleStore store, IReadOnlyCollection<string>? articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Steps.Count == 0)
        {
            return;
        }

        if (store is ICorpusLock corpusLock)
        {
            await corpusLock.RunExclusiveAsync(LockName, token => RunStepsAsync(store, articleIds, token), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await RunStepsAsync(store, articleIds, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RunStepsAsync(IArticleStore store, IReadOnlyCollection<string>? articleIds, CancellationToken cancellationToken)
    {
        foreach (var step in Steps)
        {
            await (articleIds is null ? step.RunAsync(store, cancellationToken) : step.RunAsync(store, articleIds, cancellationToken)).ConfigureAwait(false);
        }
    }
}
