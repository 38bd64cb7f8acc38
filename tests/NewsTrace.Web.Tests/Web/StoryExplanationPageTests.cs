using System.Net;
using System.Text.Json;

namespace NewsTrace.Web.Tests.Web;

/// <summary>The story page's summary and "Why these articles" panel, and the search page's filters, on the sample corpus.</summary>
public sealed class StoryExplanationPageTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    private readonly HttpClient _client = corpus.Factory.CreateClient();

    private async Task<string> LargestStoryIdAsync()
    {
        using var stories = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/stories?limit=100", UriKind.Relative)));
        return stories.RootElement.GetProperty("items").EnumerateArray()
            .OrderByDescending(s => s.GetProperty("articleCount").GetInt32())
            .First().GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task The_story_page_explains_each_article_and_counts_independent_reports()
    {
        var id = await LargestStoryIdAsync();

        var page = await _client.GetStringAsync(new Uri($"/stories/{id}", UriKind.Relative));

        Assert.Contains("id=\"why\"", page, StringComparison.Ordinal);
        Assert.Contains("Why these articles", page, StringComparison.Ordinal);
        Assert.Contains("independent report", page, StringComparison.Ordinal);
        Assert.Contains("<table class=\"why\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_filters_come_from_the_query_string_and_narrow_the_hits()
    {
        var all = await _client.GetStringAsync(new Uri("/search?q=Lesna", UriKind.Relative));
        var gazette = await _client.GetStringAsync(new Uri("/search?q=Lesna&site=The%20Harbour%20Gazette", UriKind.Relative));
        var late = await _client.GetStringAsync(new Uri("/search?q=Lesna&from=2024-11-01", UriKind.Relative));
        var badDate = await _client.GetAsync(new Uri("/search?q=Lesna&from=yesterday", UriKind.Relative));
        var unknownStory = await _client.GetAsync(new Uri("/search?q=Lesna&story=s000000000000", UriKind.Relative));

        static int Hits(string html) => html.Split("<li><h2>", StringSplitOptions.None).Length - 1;
        Assert.True(Hits(all) > Hits(gazette), $"{Hits(all)} vs {Hits(gazette)}");
        Assert.Equal(1, Hits(gazette));
        Assert.True(Hits(late) is > 0 && Hits(late) < Hits(all));
        Assert.Contains("name=\"from\" value=\"2024-11-01\"", late, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownStory.StatusCode);
    }
}
