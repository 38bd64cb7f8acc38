using Microsoft.AspNetCore.Http;
using NewsTrace.Web.Api.Models;
using NewsTrace.Web.Pages;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Api;

/// <summary>Canonical entities across the corpus (cross-document resolution), with their statements.</summary>
internal static class EntityApi
{
    public static async Task<IResult> ListAsync(HttpRequest request, StoryCache stories, WebBackend backend, string? type, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var index = await stories.GetAsync(cancellationToken);
        if (await index.EntitiesAsync(backend.Store, cancellationToken) is not { } entities)
        {
            return TooLarge();
        }

        var paging = Paging.From(offset, limit, 100);
        var matching = entities.Catalog.Entities.Where(e => type is null || string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();
        var page = matching.Skip(paging.Offset).Take(paging.Limit).Select(EntityItem.From).ToList();
        var more = paging.Offset + paging.Limit < matching.Count;
        return Results.Ok(new PagedResult<EntityItem>(page, paging.Offset, paging.Limit, matching.Count, ApiEndpoints.NextPage(request, paging.Offset, paging.Limit, more)));
    }

    public static async Task<IResult> GetAsync(string reference, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var index = await stories.GetAsync(cancellationToken);
        if (await index.EntitiesAsync(backend.Store, cancellationToken) is not { } entities)
        {
            return TooLarge();
        }

        if (entities.Catalog.Find(reference) is not { } entity)
        {
            return Problems.NotFound("entity", reference);
        }

        return Results.Ok(new EntityDetail(EntityItem.From(entity), entity.ArticleIds, entities.StatementsBy(entity).Select(StatementItem.From).ToList()));
    }

    private static IResult TooLarge() => Problems.Result(StatusCodes.Status503ServiceUnavailable, "Entities unavailable for this store size",
        $"Cross-document entities are resolved over every article; the web app does that for stores of up to {CorpusEntities.MaxArticles:N0} articles. Use `newstrace entities`.");
}
