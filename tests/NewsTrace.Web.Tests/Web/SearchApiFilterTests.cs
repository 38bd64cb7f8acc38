using System.Net;
using System.Text.Json;

namespace NewsTrace.Web.Tests.Web;

/// <summary>`/api/search` with the filters `newstrace search` and the search page have: dates, outlet, entity and story.</summary>
public sealed class SearchApiFilterTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    private readonly HttpClient _client = corpus.Factory.CreateClient();

    [Fact]
    public async Task Dates_keep_only_articles_published_within_them()
    {
        using var all = await GetJsonAsync("/api/search?q=Lesna&limit=50");
        using var late = await GetJsonAsync("/api/search?q=Lesna&from=2024-11-01&limit=50");
        using var early = await GetJsonAsync("/api/search?q=Lesna&to=2024-10-31&limit=50");

        var lateItems = Items(late);
        var earlyItems = Items(early);
        Assert.NotEmpty(lateItems);
        Assert.NotEmpty(earlyItems);
        Assert.All(lateItems, i => Assert.True(string.CompareOrdinal(i.GetProperty("published").GetString(), "2024-11-01") >= 0));
        Assert.All(earlyItems, i => Assert.True(string.CompareOrdinal(i.GetProperty("published").GetString(), "2024-11-01") < 0));
        Assert.Equal(Items(all).Count, lateItems.Count + earlyItems.Count);
    }

    [Fact]
    public async Task Outlet_keeps_only_that_site()
    {
        using var hits = await GetJsonAsync("/api/search?q=Lesna&outlet=" + Uri.EscapeDataString("Meridian News Agency") + "&limit=50");

        var items = Items(hits);
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("Meridian News Agency", i.GetProperty("site").GetString()));
    }

    [Fact]
    public async Task Story_keeps_only_its_members_and_the_next_page_keeps_the_filter()
    {
        using var first = await GetJsonAsync("/api/search?q=Lesna&limit=1");
        var story = Items(first)[0].GetProperty("storyId").GetString()!;

        using var page = await GetJsonAsync("/api/search?q=Lesna&limit=1&story=" + story);
        Assert.All(Items(page), i => Assert.Equal(story, i.GetProperty("storyId").GetString()));
        if (page.RootElement.GetProperty("next").GetString() is { } next)
        {
            Assert.Contains("story=" + story, next, StringComparison.Ordinal);
            using var second = await GetJsonAsync(next);
            Assert.All(Items(second), i => Assert.Equal(story, i.GetProperty("storyId").GetString()));
        }
    }

    [Fact]
    public async Task Entity_keeps_only_articles_that_mention_it()
    {
        using var flood = await GetJsonAsync("/api/search?q=river&entity=" + Uri.EscapeDataString("Ilka Brandt") + "&limit=50");
        using var all = await GetJsonAsync("/api/search?q=river&limit=50");

        var items = Items(flood);
        Assert.NotEmpty(items);
        Assert.True(items.Count < Items(all).Count, "the Lesna reports also say river but never name the governor");
    }

    [Theory]
    [InlineData("/api/search?q=Lesna&from=17-10-2024")]
    [InlineData("/api/search?q=Lesna&entity=Nobody%20Ever%20Named")]
    [InlineData("/api/search?q=Lesna&story=s000000000000")]
    public async Task A_filter_that_cannot_apply_is_a_bad_request(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static List<JsonElement> Items(JsonDocument page) => [.. page.RootElement.GetProperty("items").EnumerateArray()];

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
