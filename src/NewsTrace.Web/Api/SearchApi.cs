using Microsoft.AspNetCore.Http;
using NewsTrace.Web.Api.Models;
using NewsTrace.Web.Pages;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Api;

/// <summary>Full-text search over the store, paged.</summary>
internal static class SearchApi
{
    public static async Task<IResult> SearchAsync(HttpRequest request, WebBackend backend, StoryCache stories, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "Missing query", "Pass the words to search for as ?q=.");
        }

        var paging = Paging.From(offset, limit, 20);
        var index = await stories.GetAsync(cancellationToken);
        var hits = await index.SearchAsync(backend.Store, q, paging.Offset + paging.Limit + 1, cancellationToken);
        var page = hits.Skip(paging.Offset).Take(paging.Limit).Select(h => SearchResult.From(h, index.StoryOf(h.Id)?.Id)).ToList();
        var more = hits.Count > paging.Offset + paging.Limit;
        return Results.Ok(new PagedResult<SearchResult>(page, paging.Offset, paging.Limit, null, ApiEndpoints.NextPage(request, paging.Offset, paging.Limit, more)));
    }
}
