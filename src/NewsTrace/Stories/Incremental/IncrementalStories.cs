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
    public static async Task<StoryBatchResult> UpdateAsync(IArticleStore articles, IStoryStore stories, StoryClusteringOptions? options, IncrementalClusteringOptions? limits, IReadOnlyCollection<string>? only, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        limits ??= IncrementalClusteringOptions.Default;
        var updater = new StoryIndexUpdater(stories, options, limits);
        var wanted = only?.ToHashSet(StringComparer.Ordinal);
        var total = StoryBatchResult.None;
        var retries = 0;
        var handle = await stories.LockStoriesAsync(cancellationToken).ConfigureAwait(false);
        await using (handle.ConfigureAwait(false))
        {
            while (true)
            {
                var pending = only is null
                    ? await stories.ListUnassignedAsync(limits.BatchSize, cancellationToken).ConfigureAwait(false)
                    : await UnassignedAmongAsync(stories, wanted!, limits.BatchSize, cancellationToken).ConfigureAwait(false);
                if (pending.Count == 0)
                {
                    return total with { Retries = retries };
                }

                var batch = new List<UnassignedArticle>(pending.Count);
                foreach (var summary in pending)
                {
                    var stored = await articles.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false);
                    var text = stored?.Text ?? summary.Title ?? "";
                    batch.Add(stored is null ? new UnassignedArticle(summary, text) : new UnassignedArticle(summary, text, StoryDates.EventDate(stored)));
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

    /// <summary>The first <paramref name="limit"/> unassigned articles (in the store's order) that are in <paramref name="wanted"/>.</summary>
    private static async Task<IReadOnlyList<ArticleSummary>> UnassignedAmongAsync(IStoryStore stories, HashSet<string> wanted, int limit, CancellationToken cancellationToken)
    {
        // Everything pending is listed: during an ingest that is the windows not yet caught up, a few thousand articles.
        var all = await stories.ListUnassignedAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(a => wanted.Contains(a.Id)).Take(limit)];
    }

    /// <summary>Whether any stored article still waits for a story.</summary>
    public static async Task<bool> HasPendingAsync(IStoryStore stories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        return (await stories.ListUnassignedAsync(1, cancellationToken).ConfigureAwait(false)).Count > 0;
    }
}
