using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// The story catch-up as a corpus step: articles written since the last run join the persisted stories, so `stories`
/// and the web app read them at once. Does nothing on a store that keeps no story state (those cluster when read).
/// Keeps the indexed articles of recent runs in memory (<see cref="IndexedArticleCache"/>), so a run after each window
/// of an ingest reads back only what earlier windows did not touch.
/// </summary>
public sealed class StoryCatchUpStep(StoryClusteringOptions? options = null, IndexedArticleCache? cache = null) : ICorpusStep
{
    private readonly StoryClusteringOptions _options = options ?? StoryClusteringOptions.Default;
    private readonly IndexedArticleCache _cache = cache ?? new IndexedArticleCache();

    public string Name => "stories";

    public async Task RunAsync(IArticleStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store is IStoryStore stories)
        {
            await IncrementalStories.UpdateAsync(store, stories, _options, null, null, _cache, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task RunAsync(IArticleStore store, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store is IStoryStore stories)
        {
            await IncrementalStories.UpdateAsync(store, stories, _options, null, articleIds, _cache, cancellationToken).ConfigureAwait(false);
        }
    }
}
