using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsTrace.Storage;
using NewsTrace.Web.Api.Models;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Api;

/// <summary>The JSON HTTP API under /api. Errors are RFC 9457 problem details; listings page with limit and offset.</summary>
public static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").WithTags("NewsTrace");
        api.MapGet("/articles", ArticleApi.ListAsync).WithName("listArticles")
            .WithSummary("Stored articles by publish date, then id; filter by site and publish-date range (YYYY-MM-DD).")
            .Produces<PagedResult<ArticleSummary>>();
        api.MapGet("/articles/{id}", ArticleApi.GetAsync).WithName("getArticle")
            .WithSummary("One article with its text and analysis layers; the id may be a unique prefix of 4+ characters.")
            .Produces<ArticleDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/diff/{left}/{right}", ArticleApi.DiffAsync).WithName("diffArticles")
            .WithSummary("Word-level diff of two articles.")
            .Produces<DiffResult>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stories", StoryApi.ListAsync).WithName("listStories")
            .WithSummary("Stories, earliest first; filter by headline words, site and date range.")
            .Produces<PagedResult<StoryListItem>>();
        api.MapGet("/stories/{id}", StoryApi.GetAsync).WithName("getStory")
            .WithSummary("One story with its articles.")
            .Produces<StoryDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stories/{id}/quotes", StoryApi.QuotesAsync).WithName("getStoryQuotes")
            .WithSummary("The story's quoted statements, each with every outlet's wording and its changes from the earliest.")
            .Produces<IReadOnlyList<StatementItem>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stories/{id}/timeline", StoryApi.TimelineAsync).WithName("getStoryTimeline")
            .WithSummary("The story's dated events, earliest first, with the article sentences that tell each.")
            .Produces<IReadOnlyList<TimelineItem>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stories/{id}/provenance", StoryApi.ProvenanceAsync).WithName("getStoryProvenance")
            .WithSummary("The story's provenance graph: which article took text from which, with the relation, evidence and credited sources.")
            .Produces<ProvenanceItem>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/stories/{id}/discrepancies", StoryApi.DiscrepanciesAsync).WithName("getStoryDiscrepancies")
            .WithSummary("Names, places, numbers, dates and quotes an article changed from the article it took them from.")
            .Produces<IReadOnlyList<DiscrepancyItem>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/stories/{id}/entities", StoryApi.EntitiesAsync).WithName("getStoryEntities")
            .WithSummary("The story's named entities by canonical name, most widely mentioned first.")
            .Produces<IReadOnlyList<EntitySummary>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/entities", EntityApi.ListAsync).WithName("listEntities")
            .WithSummary("Canonical entities across the corpus (names resolved across articles), most widely mentioned first; filter by type.")
            .Produces<PagedResult<EntityItem>>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/entities/{reference}", EntityApi.GetAsync).WithName("getEntity")
            .WithSummary("One entity by id, name or alias, with the articles that mention it and the statements it is quoted as making.")
            .Produces<EntityDetail>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/search", SearchApi.SearchAsync).WithName("search")
            .WithSummary("Ranked full-text search: plain words are ANDed, \"quoted phrases\" match exactly, prefix* matches word starts. Filters: from and to (YYYY-MM-DD, inclusive), outlet (a site), entity (any name of a person, organisation or place), story (a story id).")
            .Produces<PagedResult<SearchResult>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/ingest", IngestApi.UploadAsync).WithName("ingestFiles")
            .WithSummary("Ingest uploaded files (multipart/form-data, any field name; optional field 'format'). Needs the bearer token when the server is not bound to loopback only.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<IngestResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).DisableAntiforgery();
        api.MapPost("/ingest/records", IngestApi.RecordsAsync).WithName("ingestRecords")
            .WithSummary("Ingest JSON records (one object or an array) with the JSON Lines fields: id, url, title, text or html, published, site, authors, language.")
            .Accepts<IReadOnlyList<Dictionary<string, object>>>("application/json")
            .Produces<IngestResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>The URL of the next page, or null when this page is the last.</summary>
    internal static string? NextPage(HttpRequest request, int offset, int limit, bool more)
    {
        if (!more)
        {
            return null;
        }

        var query = request.Query
            .Where(p => !string.Equals(p.Key, "offset", StringComparison.OrdinalIgnoreCase) && !string.Equals(p.Key, "limit", StringComparison.OrdinalIgnoreCase))
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value.ToString()))
            .Append(FormattableString.Invariant($"offset={offset + limit}"))
            .Append(FormattableString.Invariant($"limit={limit}"));
        return request.Path.Value + "?" + string.Join('&', query);
    }
}
