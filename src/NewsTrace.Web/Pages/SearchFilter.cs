using System.Globalization;
using NewsTrace.Storage;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Pages;

/// <summary>
/// The search page's filters, from the query string: ?from=&amp;to= (YYYY-MM-DD, inclusive), ?site= (one outlet),
/// ?entity= (a person, organisation or place, by any of its names) and ?story= (a story id). Dates and sites are
/// applied in the store's query; the entity and the story become the set of articles the store may return.
/// </summary>
public sealed record SearchFilter(string? From, string? To, string? Site, string? Entity, string? Story)
{
    public bool IsEmpty => Blank(From) && Blank(To) && Blank(Site) && Blank(Entity) && Blank(Story);

    /// <summary>The query-string pairs that reproduce this filter (for paging links).</summary>
    public IReadOnlyList<(string Name, string? Value)> Parameters => [("from", From), ("to", To), ("site", Site), ("entity", Entity), ("story", Story)];

    /// <summary>One string per distinct filter, for the per-index search cache.</summary>
    public string Key => string.Join('\u001f', From, To, Site, Entity, Story);

    /// <summary>The store query, or a reason the filter cannot apply (an unknown entity or story, a malformed date).</summary>
    public async Task<(SearchQuery? Query, string? Problem)> ToQueryAsync(string text, int limit, StoryIndex index, IArticleStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!IsDay(From) || !IsDay(To))
        {
            return (null, "Dates are written YYYY-MM-DD.");
        }

        HashSet<string>? allowed = null;
        if (!Blank(Entity))
        {
            if (await index.EntitiesAsync(store, cancellationToken) is not { } entities)
            {
                return (null, "This store is too large to filter by entity here; use `newstrace search --entity`.");
            }

            if (entities.Catalog.Find(Entity!) is not { } entity)
            {
                return (null, "No person, organisation or place of this corpus goes by that name.");
            }

            allowed = entity.ArticleIds.ToHashSet(StringComparer.Ordinal);
        }

        if (!Blank(Story))
        {
            if (index.Find(Story!.Trim()) is not { } story)
            {
                return (null, "There is no story with that id.");
            }

            var members = story.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            if (allowed is null)
            {
                allowed = members;
            }
            else
            {
                allowed.IntersectWith(members);
            }
        }

        return (new SearchQuery(text)
        {
            Limit = limit,
            PublishedFrom = Blank(From) ? null : From,
            PublishedTo = Blank(To) ? null : To,
            Sites = Blank(Site) ? [] : [Site!.Trim()],
            ArticleIds = allowed,
        }, null);
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static bool IsDay(string? value)
        => Blank(value) || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
