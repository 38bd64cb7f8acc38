using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// The story catch-up as a corpus step: articles written since the last run join the persisted stories, so `stories`
/// and the web app read them at once. Does nothing on a store that keeps no story state (those cluster when read).
/// </summary>
public sealed class StoryCatchUpStep(StoryClusteringOptions? options = null) : ICorpusStep
{
    private readonly StoryClusteringOptions _options = options ?? StoryClusteringOptions.Default;

    public string Name => "stories";

    public async Task RunAsync(IArticleStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store is IStoryStore stories)
        {
            await IncrementalStories.UpdateAsync(store, stories, _options, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task RunAsync(IArticleStore store, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store is IStoryStore stories)
        {
            await IncrementalStories.UpdateAsync(store, stories, _options, null, articleIds, cancellationToken).ConfigureAwait(false);
        }
    }
}
