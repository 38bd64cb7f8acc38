using System.Net;
using System.Text.Json;

namespace NewsTrace.Web.Tests.Web;

/// <summary>The JSON API over a store holding the sample corpus (ingested once for the class).</summary>
public sealed class ApiTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    private readonly HttpClient _client = corpus.Factory.CreateClient();

    [Fact]
    public async Task Stories_are_listed_with_paging()
    {
        using var all = await GetJsonAsync("/api/stories");
        var total = all.RootElement.GetProperty("total").GetInt32();
        Assert.True(total >= 2, "the sample corpus has several stories");

        using var first = await GetJsonAsync("/api/stories?limit=1");
        Assert.Equal(1, first.RootElement.GetProperty("items").GetArrayLength());
        var next = first.RootElement.GetProperty("next").GetString();
        Assert.NotNull(next);
        using var second = await GetJsonAsync(next!);
        Assert.NotEqual(
            first.RootElement.GetProperty("items")[0].GetProperty("id").GetString(),
            second.RootElement.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_story_lists_its_articles_quotes_and_entities()
    {
        var id = await LargestStoryIdAsync();
        using var story = await GetJsonAsync($"/api/stories/{id}");
        Assert.True(story.RootElement.GetProperty("articles").GetArrayLength() >= 2);

        using var quotes = await GetJsonAsync($"/api/stories/{id}/quotes");
        Assert.True(quotes.RootElement.GetArrayLength() > 0);
        Assert.True(quotes.RootElement[0].GetProperty("variants").GetArrayLength() > 0);

        using var entities = await GetJsonAsync($"/api/stories/{id}/entities");
        Assert.True(entities.RootElement.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Story_quotes_are_statements_with_every_outlets_wording()
    {
        var id = await LargestStoryIdAsync();
        using var quotes = await GetJsonAsync($"/api/stories/{id}/quotes");
        var statements = quotes.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(statements);
        var shared = statements.Where(s => s.GetProperty("outlets").GetArrayLength() > 1).ToList();
        Assert.NotEmpty(shared);
        foreach (var variant in shared[0].GetProperty("variants").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(variant.GetProperty("articleId").GetString()));
            Assert.True(variant.GetProperty("end").GetInt32() > variant.GetProperty("start").GetInt32());
        }
    }

    [Fact]
    public async Task A_story_timeline_lists_dated_events_in_order_with_their_sentences()
    {
        var id = await LargestStoryIdAsync();
        using var timeline = await GetJsonAsync($"/api/stories/{id}/timeline");
        var events = timeline.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(events);
        var dates = events.Select(e => e.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var source = events[0].GetProperty("sources")[0];
        using var article = await GetJsonAsync("/api/articles/" + source.GetProperty("articleId").GetString());
        var text = article.RootElement.GetProperty("text").GetString()!;
        Assert.Equal(source.GetProperty("expression").GetString(), text[source.GetProperty("expressionStart").GetInt32()..source.GetProperty("expressionEnd").GetInt32()]);
    }

    [Fact]
    public async Task A_story_has_a_provenance_graph_and_discrepancies_between_reused_texts()
    {
        var id = await LargestStoryIdAsync();
        using var provenance = await GetJsonAsync($"/api/stories/{id}/provenance");
        var edges = provenance.RootElement.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "derived-from").ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.NotEqual(e.GetProperty("fromArticle").GetString(), e.GetProperty("toArticle").GetString()));
        using var discrepancies = await GetJsonAsync($"/api/stories/{id}/discrepancies");
        Assert.Equal(JsonValueKind.Array, discrepancies.RootElement.ValueKind);
    }

    [Fact]
    public async Task Entities_resolve_across_articles_and_are_found_by_alias()
    {
        using var list = await GetJsonAsync("/api/entities?type=PERSON&limit=5");
        var top = list.RootElement.GetProperty("items")[0];
        Assert.True(top.GetProperty("articleCount").GetInt32() >= 2);
        var alias = top.GetProperty("aliases").EnumerateArray().Last().GetProperty("name").GetString()!;
        using var entity = await GetJsonAsync("/api/entities/" + Uri.EscapeDataString(alias));
        Assert.Equal(top.GetProperty("id").GetString(), entity.RootElement.GetProperty("entity").GetProperty("id").GetString());

        using var page = await _client.GetAsync(new Uri("/entities/" + Uri.EscapeDataString(top.GetProperty("name").GetString()!), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        HostileContentTests.AssertInert(await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_article_comes_with_text_and_layers_whose_offsets_index_the_text()
    {
        using var list = await GetJsonAsync("/api/articles?limit=1");
        var id = list.RootElement.GetProperty("items")[0].GetProperty("id").GetString();
        using var article = await GetJsonAsync($"/api/articles/{id}");
        var text = article.RootElement.GetProperty("text").GetString()!;
        foreach (var entity in article.RootElement.GetProperty("layers").GetProperty("entities").EnumerateArray())
        {
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            Assert.Equal(entity.GetProperty("text").GetString(), text[start..end]);
        }
    }

    [Fact]
    public async Task Search_ranks_matches_and_marks_terms()
    {
        using var results = await GetJsonAsync("/api/search?q=bridge&limit=3");
        var items = results.RootElement.GetProperty("items");
        Assert.InRange(items.GetArrayLength(), 1, 3);
        Assert.Contains("\u0002", items[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_of_two_articles_returns_segments()
    {
        using var list = await GetJsonAsync("/api/articles?limit=2");
        var items = list.RootElement.GetProperty("items");
        using var diff = await GetJsonAsync($"/api/diff/{items[0].GetProperty("id").GetString()}/{items[1].GetProperty("id").GetString()}");
        Assert.True(diff.RootElement.GetProperty("segments").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("/api/stories/no-such-story")]
    [InlineData("/api/articles/ffffffffffffffff")]
    [InlineData("/api/no/such/route")]
    public async Task Errors_are_problem_details(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Search_without_words_is_a_bad_request()
    {
        using var response = await _client.GetAsync(new Uri("/api/search?q=", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Paging_limits_are_clamped()
    {
        using var page = await GetJsonAsync("/api/articles?limit=100000&offset=-5");
        Assert.Equal(500, page.RootElement.GetProperty("limit").GetInt32());
        Assert.Equal(0, page.RootElement.GetProperty("offset").GetInt32());
    }

    private async Task<string> LargestStoryIdAsync()
    {
        using var stories = await GetJsonAsync("/api/stories");
        return stories.RootElement.GetProperty("items").EnumerateArray()
            .OrderByDescending(s => s.GetProperty("articleCount").GetInt32())
            .First().GetProperty("id").GetString()!;
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
