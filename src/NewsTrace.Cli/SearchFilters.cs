using NewsTrace.Storage;

namespace NewsTrace.Cli;

/// <summary>
/// Turns the entity and story filters of `search` into the set of articles the store may return: an entity's articles
/// are those whose entities layer names it or any alias of its canonical entity (resolved across the corpus, with the
/// user's entity decisions); a story's are its members as stories are now formed (with the user's story decisions).
/// </summary>
internal static class SearchFilters
{
    /// <summary>The allowed article ids, or null when neither filter is given; an unknown entity or story is a <see cref="KeyNotFoundException"/>.</summary>
    public static async Task<IReadOnlyCollection<string>?> ArticleIdsAsync(IArticleStore store, string? entity, string? story, CancellationToken cancellationToken)
    {
        HashSet<string>? allowed = null;
        if (!string.IsNullOrWhiteSpace(entity))
        {
            var (_, catalog) = await CorpusEntities.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            var found = catalog.Find(entity) ?? throw new KeyNotFoundException($"no entity '{entity}'; `newstrace entities` lists them.");
            allowed = found.ArticleIds.ToHashSet(StringComparer.Ordinal);
        }

        if (!string.IsNullOrWhiteSpace(story))
        {
            var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            var found = await StoryLoader.FindAsync(store, stories, story, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"no story '{story}'; `newstrace stories` lists them.");
            var members = found.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            if (allowed is null)
            {
                allowed = members;
            }
            else
            {
                allowed.IntersectWith(members);
            }
        }

        return allowed;
    }
}
