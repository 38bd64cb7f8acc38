using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsTrace.Web.Tests.Web;

/// <summary>Hostile articles are ingested through the API, then every page that shows them must render them inert.</summary>
public sealed partial class HostileContentTests : IAsyncLifetime, IDisposable
{
    private readonly WebAppFactory _factory = new();
    private HttpClient _client = null!;
    private List<string> _ids = [];
    private Dictionary<string, string> _idByRecord = [];

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        using var content = new StringContent(HostileRecords.Json(), Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri("/api/ingest/records", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var list = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/articles", UriKind.Relative)));
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();
        _ids = items.Select(a => a.GetProperty("id").GetString()!).ToList();
        _idByRecord = items.ToDictionary(a => a.GetProperty("recordId").GetString()!, a => a.GetProperty("id").GetString()!);
        Assert.Equal(3, _ids.Count);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Article_pages_show_the_markup_as_text_and_run_none_of_it()
    {
        foreach (var id in _ids)
        {
            var html = await GetPageAsync($"/articles/{id}");
            AssertInert(html);
        }

        var text = await GetPageAsync($"/articles/{await IdOfAsync("hostile-text")}");
        Assert.Contains("&lt;script&gt;window.__pwned=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Story_list_search_story_and_diff_pages_are_inert()
    {
        var home = await GetPageAsync("/");
        AssertInert(home);
        AssertInert(await GetPageAsync("/search?q=" + HostileRecords.Marker));
        foreach (Match link in StoryLink().Matches(home))
        {
            AssertInert(await GetPageAsync(link.Groups[1].Value));
        }

        AssertInert(await GetPageAsync($"/diff/{_ids[0]}/{_ids[1]}"));
        AssertInert(await GetPageAsync("/search?q=%3Cscript%3Ealert(1)%3C/script%3E"));
    }

    [Fact]
    public async Task Only_http_links_from_article_data_become_links_and_they_carry_noopener_nofollow()
    {
        var html = await GetPageAsync($"/articles/{await IdOfAsync("hostile-html")}");
        Assert.DoesNotMatch(JavascriptHref(), html);
        var safe = await GetPageAsync($"/articles/{await IdOfAsync("hostile-text")}");
        Assert.Contains("href=\"https://example.org/news/ok?x=1&amp;y=&quot;2&quot;\" rel=\"noopener noreferrer nofollow\"", safe, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_carries_a_strict_content_security_policy()
    {
        foreach (var path in new[] { "/", $"/articles/{_ids[0]}", "/search?q=x", "/upload", "/no/such/page", "/api/articles" })
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task Json_never_carries_a_raw_closing_script_tag()
    {
        var json = await _client.GetStringAsync(new Uri($"/api/articles/{await IdOfAsync("hostile-text")}", UriKind.Relative));
        Assert.DoesNotContain("</script>", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
        using var parsed = JsonDocument.Parse(json);
        Assert.Contains("</script>", parsed.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_title_renders_encoded()
    {
        var html = await GetPageAsync($"/articles/{await IdOfAsync("hostile-huge")}");
        AssertInert(html);
        Assert.Contains("Enormous headline words", html, StringComparison.Ordinal);
    }

    /// <summary>No element the attacker wrote survives, checked by tokenizing the page as a browser would and by plain text search.</summary>
    internal static void AssertInert(string html)
    {
        InertHtml.Check(html);
        Assert.DoesNotMatch(DangerousTag(), html);
    }

    private Task<string> IdOfAsync(string recordId) => Task.FromResult(_idByRecord[recordId]);

    private async Task<string> GetPageAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<\\s*/?\\s*(script|img|iframe|svg\\s+onload|style|object|embed)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousTag();

    [GeneratedRegex("(href|src|action)\\s*=\\s*\"?\\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptHref();

    [GeneratedRegex("href=\"(/stories/[^\"]+)\"")]
    private static partial Regex StoryLink();
}
