using NewsTrace.Storage;

namespace NewsTrace.Pipeline;

/// <summary>A corpus-level step that brings derived state up to date after new articles are stored (for example story assignment).</summary>
public interface ICorpusStep
{
    /// <summary>Names the step in logs and errors.</summary>
    string Name { get; }

    /// <summary>Catches up with whatever articles the store gained since the step last ran. Must be safe to run again at any time.</summary>
    Task RunAsync(IArticleStore store, CancellationToken cancellationToken);
}
