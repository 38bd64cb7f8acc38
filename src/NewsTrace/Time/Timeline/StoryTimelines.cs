using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Time.Timeline;

/// <summary>Timelines over the store: reads the articles' stored layers back (no stage is re-run) and builds the timeline.</summary>
public static class StoryTimelines
{
    /// <param name="store">The store holding the articles.</param>
    /// <param name="id">The story or topic id the timeline is for.</param>
    /// <param name="title">Its title, if any.</param>
    /// <param name="articleIds">The articles of the story, or of every story of the topic.</param>
    /// <param name="cancellationToken">Stops between articles.</param>
    public static async Task<StoryTimeline> BuildAsync(IArticleStore store, string id, string? title, IEnumerable<string> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(articleIds);
        var documents = new List<Document>();
        foreach (var articleId in articleIds.Distinct(StringComparer.Ordinal))
        {
            if (await store.GetAsync(articleId, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                documents.Add(StoredDocument.FromStored(stored));
            }
        }

        return TimelineBuilder.Build(id, title, documents);
    }
}
