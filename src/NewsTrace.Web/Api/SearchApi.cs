using Microsoft.AspNetCore.Http;
using NewsTrace.Storage;
using NewsTrace.Web.Api.Models;
using NewsTrace.Web.Pages;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Api;

/// <summary>
/// Full-text search over the store, paged, with the filters of `newstrace search` and the search page: ?from=&amp;to=
/// (YYYY-MM-DD, inclusive), ?outlet= (one site), ?entity= (a person, organisation or place by any of its names) and
/// ?story= (a story id).
/// </summary>
internal static class SearchApi
{
    public static async Task<IResult> SearchAsync(
        HttpRequest request, WebBackend backend, StoryCache stories, string? q, string? from, string? to, string? outlet, string? entity, string? story, int? offset, int? limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "Missing query", "Pass the words to search for as ?q=.");
        }

        var paging = Paging.From(offset, limit, 20);
        var index = await stories.GetAsync(cancellationToken);
        var wanted = paging.Offset + paging.Limit + 1;
        var filter = new SearchFilter(from, to, outlet, entity, story);
        IReadOnlyList<SearchHit> hits;
        if (filter.IsEmpty)
        {
            hits = await index.SearchAsync(backend.Store, q, wanted, cancellationToken);
        }
        else
        {
            // Ignoring a filter would return matches the caller excluded, so a store that cannot filter says so.
            if (backend.Store is not ISearchStore searchStore)
            {
                return Problems.Result(StatusCodes.Status400BadRequest, "Filters not supported", "This store cannot filter searches; search without from, to, outlet, entity or story.");
            }

            var (query, problem) = await filter.ToQueryAsync(q, wanted, index, backend.Store, cancellationToken);
            if (query is null)
            {
                return Problems.Result(StatusCodes.Status400BadRequest, "Invalid filter", problem ?? "The filter cannot apply.");
            }

            hits = await index.SearchAsync(searchStore, query, filter.Key, cancellationToken);
        }

        var page = hits.Skip(paging.Offset).Take(paging.Limit).Select(h => SearchResult.From(h, index.StoryOf(h.Id)?.Id)).ToList();
        var more = hits.Count > paging.Offset + paging.Limit;
        return Results.Ok(new PagedResult<SearchResult>(page, paging.Offset, paging.Limit, null, ApiEndpoints.NextPage(request, paging.Offset, paging.Limit, more)));
    }
}
