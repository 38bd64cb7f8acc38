using NewsTrace.Storage;

namespace NewsTrace.Pipeline;

/// <summary>A corpus-level step that brings derived state up to date after new articles are stored (for example story assignment).</summary>
public interface ICorpusStep
{
    /// <summary>Names the step in logs and errors.</summary>
    string Name { get; }

    /// <summary>Catches up with whatever articles the store gained since the step last ran. Must be safe to run again at any time.</summary>
    Task RunAsync(IArticleStore store, CancellationToken cancellationToken);

    /// <summary>
    /// Catches up with just <paramref name="articleIds"/> (a window of an ingest in progress, already written), leaving
    /// any other article for a later run; so a run in the background sees the same articles whatever the timing. A step
    /// with nothing finer to do runs whole.
    /// </summary>
    Task RunAsync(IArticleStore store, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
        => RunAsync(store, cancellationToken);
}
