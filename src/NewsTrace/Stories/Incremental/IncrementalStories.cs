using System.Globalization;
using NewsTrace.Storage;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// The catch-up step: clusters every stored article that has no story yet into the persisted stories, in batches in
/// (publish date, id) order. Run after ingest, after a worker's batch, or lazily before stories are read; safe to run
/// from two processes at once (a lock, and a version check that restarts an update computed from a stale state).
/// </summary>
public static class IncrementalStories
{
    public static Task<StoryBatchResult> UpdateAsync(IArticleStore articles, IStoryStore stories, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
        => UpdateAsync(articles, stories, options, null, cancellationToken);

    public static Task<StoryBatchResult> UpdateAsync(IArticleStore articles, IStoryStore stories, StoryClusteringOptions? options, IncrementalClusteringOptions? limits, CancellationToken cancellationToken = default)
        => UpdateAsync(articles, stories, options, limits, null, cancellationToken);

    /// <summary>
    /// As above, but for just the unassigned articles among <paramref name="only"/> when given (a window of an ingest in
    /// progress): articles written meanwhile wait for a later update, so the result does not depend on timing.
    /// </summary>
    public static Task<StoryBatchResult> UpdateAsync(IArticleStore articles, IStoryStore stories, StoryClusteringOptions? options, IncrementalClusteringOptions? limits, IReadOnlyCollection<string>? only, CancellationToken cancellationToken = default)
        => UpdateAsync(articles, stories, options, limits, only, null, cancellationToken);

    /// <summary>
    /// As above, keeping the indexed articles it reads and writes in <paramref name="cache"/> for the next update (a
    /// long ingest runs one update per window; the next window's neighbours are mostly this one's articles).
    /// </summary>
    public static async Task<StoryBatchResult> UpdateAsync(
        IArticleStore articles, IStoryStore stories, StoryClusteringOptions? options, IncrementalClusteringOptions? limits, IReadOnlyCollection<string>? only, IndexedArticleCache? cache, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        limits ??= IncrementalClusteringOptions.Default;
        var updater = new StoryIndexUpdater(stories, options, limits, cache);
        var wanted = only?.ToHashSet(StringComparer.Ordinal);
        var total = StoryBatchResult.None;
        var retries = 0;
        var handle = await stories.LockStoriesAsync(cancellationToken).ConfigureAwait(false);
        await using (handle.ConfigureAwait(false))
        {
            while (true)
            {
                var batch = wanted is null
                    ? await PendingBatchAsync(articles, stories, limits.BatchSize, cancellationToken).ConfigureAwait(false)
                    : await WindowBatchAsync(articles, stories, wanted, limits.BatchSize, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    return total with { Retries = retries };
                }

                var result = await updater.TryAddAsync(batch, cancellationToken).ConfigureAwait(false);
                if (result is null)
                {
                    if (++retries > limits.MaxRetries)
                    {
                        throw new InvalidOperationException($"The story index kept changing under this update ({retries} attempts); another process may be rewriting it.");
                    }

                    continue;
                }

                total = total.Plus(result);
            }
        }
    }

    /// <summary>The next <paramref name="limit"/> articles waiting for a story, in the store's order (publish day, id).</summary>
    private static async Task<List<UnassignedArticle>> PendingBatchAsync(IArticleStore articles, IStoryStore stories, int limit, CancellationToken cancellationToken)
    {
        var pending = await stories.ListUnassignedAsync(limit, cancellationToken).ConfigureAwait(false);
        var batch = new List<UnassignedArticle>(pending.Count);
        foreach (var summary in pending)
        {
            var stored = await articles.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false);
            var text = stored?.Text ?? summary.Title ?? "";
            batch.Add(stored is null ? new UnassignedArticle(summary, text) : new UnassignedArticle(summary, text, StoryDates.EventDate(stored)));
        }

        return batch;
    }

    /// <summary>
    /// The next <paramref name="limit"/> articles of a window that are stored and have no story yet, in the store's order
    /// (publish day, id). Looks up the window's own ids, not the whole backlog, so a window costs the same however far
    /// the catch-up runs behind the ingest. Ids found assigned or missing leave <paramref name="wanted"/>.
    /// </summary>
    private static async Task<List<UnassignedArticle>> WindowBatchAsync(IArticleStore articles, IStoryStore stories, HashSet<string> wanted, int limit, CancellationToken cancellationToken)
    {
        foreach (var indexed in await stories.GetIndexedArticlesAsync(wanted, cancellationToken).ConfigureAwait(false))
        {
            wanted.Remove(indexed.Article.Id);
        }

        var found = new List<(string? Day, UnassignedArticle Article)>();
        foreach (var id in wanted.ToList())
        {
            var stored = await articles.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (stored is null || !string.Equals(stored.Id, id, StringComparison.Ordinal))
            {
                wanted.Remove(id);
                continue;
            }

            var metadata = stored.Metadata;
            var summary = new ArticleSummary(stored.Id, metadata.Source, metadata.RecordId, metadata.Title, metadata.Site, metadata.Url, metadata.Published?.ToString(), stored.Text.Length, stored.TextHash);
            found.Add((metadata.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), new UnassignedArticle(summary, stored.Text, StoryDates.EventDate(stored))));
        }

        return [.. found
            .OrderBy(f => f.Day is null)
            .ThenBy(f => f.Day, StringComparer.Ordinal)
            .ThenBy(f => f.Article.Article.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(f => f.Article)];
    }

    /// <summary>Whether any stored article still waits for a story.</summary>
    public static async Task<bool> HasPendingAsync(IStoryStore stories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        return (await stories.ListUnassignedAsync(1, cancellationToken).ConfigureAwait(false)).Count > 0;
    }
}
