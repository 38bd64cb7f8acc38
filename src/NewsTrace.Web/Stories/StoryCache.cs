using System.Globalization;
using NewsTrace.Storage;
using NewsTrace.Stories;

namespace NewsTrace.Web.Stories;

/// <summary>
/// Building the story list (reading persisted stories and replaying the user's decisions, or clustering a store that
/// keeps none) is too slow to redo per request. This keeps one <see cref="StoryIndex"/> per store version: its counts
/// and the story decisions made so far (a correction made with the CLI changes no count). Requests always get the
/// cached index at once; at most every <see cref="WebAppOptions.StoryCacheCheckInterval"/> a background check compares
/// the version and rebuilds when another process has written or decided. An ingest through this app invalidates it
/// directly, so the next request waits for the new stories instead of showing the old ones.
/// </summary>
public sealed class StoryCache(IArticleStore store, WebAppOptions options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile StoryIndex? _current;
    private string _builtWithDecisions = "";
    private long _lastCheck;
    private int _checking;

    public async Task<StoryIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current)
        {
            StartBackgroundCheckWhenDue();
            return current;
        }

        return await RefreshAsync(cancellationToken);
    }

    /// <summary>Drops the cached stories: the next request rebuilds them (after an ingest through this app).</summary>
    public void Invalidate() => _current = null;

    /// <summary>Rebuilds unless the cached stories were built from the store's current counts.</summary>
    public async Task<StoryIndex> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            var version = await store.GetStatisticsAsync(cancellationToken);
            var decisions = await DecisionsAsync(cancellationToken);
            Interlocked.Exchange(ref _lastCheck, time.GetTimestamp());
            if (_current is { } current && current.Version == version && string.Equals(decisions, _builtWithDecisions, StringComparison.Ordinal))
            {
                return current;
            }

            var built = await BuildAsync(version, cancellationToken);
            _current = built;
            _builtWithDecisions = decisions;
            return built;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();

    /// <summary>The sequence numbers of the store's story decisions: any decision made or undone changes them.</summary>
    private async Task<string> DecisionsAsync(CancellationToken cancellationToken)
    {
        if (store is not IStoryDecisionStore decisions)
        {
            return "";
        }

        var sequences = new List<long>();
        await foreach (var decision in decisions.ListStoryDecisionsAsync(cancellationToken))
        {
            sequences.Add(decision.Sequence);
        }

        return string.Join(',', sequences.Select(s => s.ToString(CultureInfo.InvariantCulture)));
    }

    private void StartBackgroundCheckWhenDue()
    {
        var due = time.GetElapsedTime(Interlocked.Read(ref _lastCheck)) >= options.StoryCacheCheckInterval;
        if (!due || Interlocked.CompareExchange(ref _checking, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync();
            }
            finally
            {
                Volatile.Write(ref _checking, 0);
            }
        });
    }

    private async Task<StoryIndex> BuildAsync(CorpusStatistics version, CancellationToken cancellationToken)
    {
        // A store that keeps story state has no size limit: its stories are persisted and only new articles are clustered.
        if (store is IStoryStore || version.DistinctTexts <= StoryClusterer.MaxArticles)
        {
            var stories = await StoryBuilder.BuildAsync(store, StoryClusteringOptions.Default, cancellationToken);
            return new StoryIndex(stories, version, null);
        }

        // Event clustering holds an n×n matrix and refuses this many texts; exact copies still group cheaply.
        var articles = new List<ArticleSummary>(version.Articles);
        await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken))
        {
            articles.Add(article);
        }

        var sources = new List<ArticleSource>();
        await foreach (var source in store.ListSourcesAsync(cancellationToken))
        {
            sources.Add(source);
        }

        var notice = string.Create(CultureInfo.InvariantCulture,
            $"This store has {version.DistinctTexts:N0} distinct texts; event clustering stops at {StoryClusterer.MaxArticles:N0}, so the stories here group exact copies only.");
        return new StoryIndex(ExactCopyStories.Group(articles, sources), version, notice);
    }
}
