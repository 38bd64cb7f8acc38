using Microsoft.AspNetCore.Http;
using NewsTrace.Reuse.Diff;
using NewsTrace.Storage;
using NewsTrace.Web.Api.Models;
using NewsTrace.Web.Pages;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Api;

/// <summary>Articles: listing, one article, and the diff of two.</summary>
internal static class ArticleApi
{
    public static async Task<IResult> ListAsync(HttpRequest request, WebBackend backend, string? site, string? from, string? to, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var paging = Paging.From(offset, limit, 100);
        var query = new ArticleQuery { Site = site, PublishedFrom = from, PublishedTo = to, Offset = paging.Offset, Limit = paging.Limit + 1 };
        var items = new List<ArticleSummary>(paging.Limit + 1);
        await foreach (var article in backend.Store.ListAsync(query, cancellationToken))
        {
            items.Add(article);
        }

        var more = items.Count > paging.Limit;
        var page = items.Take(paging.Limit).ToList();
        return Results.Ok(new PagedResult<ArticleSummary>(page, paging.Offset, paging.Limit, null, ApiEndpoints.NextPage(request, paging.Offset, paging.Limit, more)));
    }

    public static async Task<IResult> GetAsync(string id, WebBackend backend, StoryCache stories, CancellationToken cancellationToken)
    {
        var article = await backend.Store.GetAsync(id, cancellationToken);
        if (article is null)
        {
            return Problems.NotFound("article", id);
        }

        var index = await stories.GetAsync(cancellationToken);
        return Results.Ok(ArticleDetail.From(article, index.StoryOf(article.Id)?.Id));
    }

    public static async Task<IResult> DiffAsync(string left, string right, WebBackend backend, CancellationToken cancellationToken)
    {
        var leftArticle = await backend.Store.GetAsync(left, cancellationToken);
        if (leftArticle is null)
        {
            return Problems.NotFound("article", left);
        }

        var rightArticle = await backend.Store.GetAsync(right, cancellationToken);
        if (rightArticle is null)
        {
            return Problems.NotFound("article", right);
        }

        var segments = WordDiff.Compare(leftArticle.Text, rightArticle.Text).Select(DiffItem.From).ToList();
        return Results.Ok(new DiffResult(leftArticle.Id, rightArticle.Id, segments));
    }
}
