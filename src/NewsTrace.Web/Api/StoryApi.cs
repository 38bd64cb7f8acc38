using Microsoft.AspNetCore.Http;
using NewsTrace.Web.Api.Models;
using NewsTrace.Web.Pages;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Api;

/// <summary>Stories: listing, one story, and its quotes and entities from the stored layers.</summary>
internal static class StoryApi
{
    public static async Task<IResult> ListAsync(HttpRequest request, StoryCache stories, string? words, string? site, string? from, string? to, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var paging = Paging.From(offset, limit, 100);
        var index = await stories.GetAsync(cancellationToken);
        var matching = new StoryFilter(words, site, from, to).Apply(index);
        var page = matching.Skip(paging.Offset).Take(paging.Limit).Select(StoryListItem.From).ToList();
        var more = paging.Offset + paging.Limit < matching.Count;
        return Results.Ok(new PagedResult<StoryListItem>(page, paging.Offset, paging.Limit, matching.Count, ApiEndpoints.NextPage(request, paging.Offset, paging.Limit, more)));
    }

    public static async Task<IResult> GetAsync(string id, StoryCache stories, CancellationToken cancellationToken)
    {
        var index = await stories.GetAsync(cancellationToken);
        return index.Find(id) is { } story ? Results.Ok(StoryDetail.From(story)) : Problems.NotFound("story", id);
    }

    public static async Task<IResult> QuotesAsync(string id, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var articles = await LoadAsync(id, stories, backend, cancellationToken);
        if (articles is null)
        {
            return Problems.NotFound("story", id);
        }

        return Results.Ok(articles.Statements.Select(StatementItem.From).ToList());
    }

    public static async Task<IResult> TimelineAsync(string id, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var articles = await LoadAsync(id, stories, backend, cancellationToken);
        return articles is null ? Problems.NotFound("story", id) : Results.Ok(articles.Timeline.Events.Select(TimelineItem.From).ToList());
    }

    public static async Task<IResult> ProvenanceAsync(string id, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var articles = await LoadAsync(id, stories, backend, cancellationToken);
        if (articles is null)
        {
            return Problems.NotFound("story", id);
        }

        return articles.Provenance is { } graph ? Results.Ok(ProvenanceItem.From(graph)) : NoReuseStep();
    }

    public static async Task<IResult> DiscrepanciesAsync(string id, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var articles = await LoadAsync(id, stories, backend, cancellationToken);
        if (articles is null)
        {
            return Problems.NotFound("story", id);
        }

        return articles.Reuse is { } reuse ? Results.Ok(reuse.Discrepancies.Select(d => DiscrepancyItem.From(d.Discrepancy)).ToList()) : NoReuseStep();
    }

    private static IResult NoReuseStep() => Problems.Result(StatusCodes.Status503ServiceUnavailable, "No reuse analysis", "This server was started without the reuse step.");

    public static async Task<IResult> EntitiesAsync(string id, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var articles = await LoadAsync(id, stories, backend, cancellationToken);
        return articles is null ? Problems.NotFound("story", id) : Results.Ok(articles.Entities());
    }

    private static async Task<StoryArticles?> LoadAsync(string id, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var index = await stories.GetAsync(cancellationToken);
        return index.Find(id) is { } story ? await index.ArticlesAsync(backend, story, cancellationToken) : null;
    }
}
