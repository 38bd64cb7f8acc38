using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsTrace.Web.Html;
using NewsTrace.Web.Ingest;
using NewsTrace.Web.Security;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Pages;

/// <summary>The HTML pages. They are left out of the OpenAPI document, which describes the JSON API only.</summary>
public static class PageEndpoints
{
    public const int StoriesPerPage = 50;
    public const int HitsPerPage = 20;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/", HomeAsync).ExcludeFromDescription();
        endpoints.MapGet("/search", SearchAsync).ExcludeFromDescription();
        endpoints.MapGet("/stories/{id}", StoryAsync).ExcludeFromDescription();
        endpoints.MapGet("/articles/{id}", ArticleAsync).ExcludeFromDescription();
        endpoints.MapGet("/diff/{left}/{right}", DiffAsync).ExcludeFromDescription();
        endpoints.MapGet("/entities/{reference}", EntityAsync).ExcludeFromDescription();
        endpoints.MapGet("/upload", (WriteAuthorization authorization) => HtmlResults.Page(UploadPage.RenderForm(authorization.TokenRequired))).ExcludeFromDescription();
        endpoints.MapPost("/upload", UploadAsync).ExcludeFromDescription().DisableAntiforgery();
    }

    private static async Task<IResult> HomeAsync(StoryCache stories, WebBackend backend, string? words, string? site, string? from, string? to, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var index = await stories.GetAsync(cancellationToken);
        var filter = new StoryFilter(words, site, from, to);
        return HtmlResults.Page(HomePage.Render(index, index.Version, filter, Paging.From(offset, limit, StoriesPerPage)));
    }

    private static async Task<IResult> SearchAsync(
        StoryCache stories, WebBackend backend, string? q, string? from, string? to, string? site, string? entity, string? story, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var paging = Paging.From(offset, limit, HitsPerPage);
        var index = await stories.GetAsync(cancellationToken);
        var query = q ?? "";
        var filter = new SearchFilter(from, to, site, entity, story);
        if (string.IsNullOrWhiteSpace(query))
        {
            return HtmlResults.Page(SearchPage.Render(query, [], more: false, index, paging, filter));
        }

        // One extra hit tells whether a next page exists without counting every match.
        var wanted = paging.Offset + paging.Limit + 1;
        IReadOnlyList<Storage.SearchHit> hits;
        if (filter.IsEmpty || backend.Store is not Storage.ISearchStore searchStore)
        {
            hits = await index.SearchAsync(backend.Store, query, wanted, cancellationToken);
        }
        else
        {
            var (storeQuery, problem) = await filter.ToQueryAsync(query, wanted, index, backend.Store, cancellationToken);
            if (storeQuery is null)
            {
                return HtmlResults.Page(SearchPage.Render(query, [], more: false, index, paging, filter, problem), StatusCodes.Status400BadRequest);
            }

            hits = await index.SearchAsync(searchStore, storeQuery, filter.Key, cancellationToken);
        }

        var page = hits.Skip(paging.Offset).Take(paging.Limit).ToList();
        return HtmlResults.Page(SearchPage.Render(query, page, hits.Count > paging.Offset + paging.Limit, index, paging, filter));
    }

    private static async Task<IResult> StoryAsync(string id, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var index = await stories.GetAsync(cancellationToken);
        if (index.Find(id) is not { } story)
        {
            return NotFound("No such story", "There is no story with this id. Story ids can change when articles are added.");
        }

        var articles = await index.ArticlesAsync(backend, story, cancellationToken);
        return HtmlResults.Page(index.Page(story.Id, () => StoryPage.Render(articles, index.Notice)));
    }

    private static async Task<IResult> ArticleAsync(string id, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var article = await backend.Store.GetAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound("No such article", "There is no article with this id (or the prefix matches several).");
        }

        var index = await stories.GetAsync(cancellationToken);
        return HtmlResults.Page(ArticlePage.Render(article, index.StoryOf(article.Id)));
    }

    private static async Task<IResult> EntityAsync(string reference, StoryCache stories, WebBackend backend, CancellationToken cancellationToken)
    {
        var index = await stories.GetAsync(cancellationToken);
        if (await index.EntitiesAsync(backend.Store, cancellationToken) is not { } entities)
        {
            return HtmlResults.Page(ErrorPage.Render("Entities unavailable", "This store is too large to resolve entities across every article per request; use `newstrace entities`."), StatusCodes.Status503ServiceUnavailable);
        }

        if (entities.Catalog.Find(reference) is not { } entity)
        {
            return NotFound("No such entity", "No person, organisation or place of this corpus goes by this name.");
        }

        return HtmlResults.Page(EntityPage.Render(entity, entities.StatementsBy(entity).ToList(), index));
    }

    private static async Task<IResult> DiffAsync(string left, string right, WebBackend backend, CancellationToken cancellationToken)
    {
        var leftArticle = await backend.Store.GetAsync(left, cancellationToken);
        var rightArticle = await backend.Store.GetAsync(right, cancellationToken);
        if (leftArticle is null || rightArticle is null)
        {
            return NotFound("No such article", "One of the two articles to compare does not exist.");
        }

        return HtmlResults.Page(DiffPage.Render(leftArticle, rightArticle));
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, WriteAuthorization authorization, UploadIngestor ingestor, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return HtmlResults.Page(UploadPage.RenderForm(authorization.TokenRequired, "Send the files as a multipart form."), StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (!authorization.IsAllowed(request.HttpContext, form[WriteAuthorization.FormField].ToString()))
        {
            return HtmlResults.Page(UploadPage.RenderForm(authorization.TokenRequired, "The write token is missing or wrong."), StatusCodes.Status401Unauthorized);
        }

        var uploads = await UploadForms.ReadFilesAsync(form, cancellationToken);
        if (uploads.Count == 0)
        {
            return HtmlResults.Page(UploadPage.RenderForm(authorization.TokenRequired, "Choose at least one file."), StatusCodes.Status400BadRequest);
        }

        if (!UploadForms.TryParseFormat(form["format"].ToString(), out var format))
        {
            return HtmlResults.Page(UploadPage.RenderForm(authorization.TokenRequired, "Unknown format."), StatusCodes.Status400BadRequest);
        }

        var summary = await ingestor.IngestAsync(uploads, format, cancellationToken);
        return HtmlResults.Page(UploadPage.RenderResult(summary));
    }

    private static IResult NotFound(string title, string detail) => HtmlResults.Page(ErrorPage.Render(title, detail), StatusCodes.Status404NotFound);
}
