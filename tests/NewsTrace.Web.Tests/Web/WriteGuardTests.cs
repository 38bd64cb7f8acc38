using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace NewsTrace.Web.Tests.Web;

/// <summary>Who may write, from where, and how much: token beyond loopback, no cross-site posts, bounded bodies, loopback host names.</summary>
public sealed class WriteGuardTests
{
    private const string Record = """{"id":"r1","title":"A small record","text":"Some words of a small record for the write tests, long enough to be an article text."}""";

    [Fact]
    public async Task Beyond_loopback_writes_need_the_token_and_reads_do_not()
    {
        await using var factory = new WebAppFactory { Options = new WebAppOptions { WriteToken = "s3cret-token", LoopbackOnly = false } };
        using var client = factory.CreateClient();
        using (var response = await PostRecordAsync(client))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-token");
        using (var response = await PostRecordAsync(client))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        using (var response = await PostRecordAsync(client))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        client.DefaultRequestHeaders.Authorization = null;
        using var read = await client.GetAsync(new Uri("/api/articles", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public void Listening_beyond_loopback_without_a_token_is_refused()
    {
        using var factory = new WebAppFactory { Options = new WebAppOptions { LoopbackOnly = false } };
        Assert.Throws<ArgumentException>(() => factory.CreateClient());
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task Posts_from_another_site_are_refused(string header, string value)
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(header, value);
        using var response = await PostRecordAsync(client);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_post_from_the_apps_own_origin_is_accepted()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", "http://localhost");
        client.DefaultRequestHeaders.Add("Sec-Fetch-Site", "same-origin");
        using var response = await PostRecordAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_loopback_app_answers_only_to_loopback_host_names()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "rebound.evil.example";
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_refused()
    {
        await using var factory = new WebAppFactory { Options = new WebAppOptions { MaxRequestBytes = 1024 } };
        using var client = factory.CreateClient();
        var big = "[" + string.Join(',', Enumerable.Repeat(Record, 20)) + "]";
        using var content = new StringContent(big, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/ingest/records", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Records_that_are_not_objects_are_a_bad_request()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        foreach (var body in new[] { "[1,2]", "\"text\"", "{not json", "[]" })
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/api/ingest/records", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> PostRecordAsync(HttpClient client)
    {
        using var content = new StringContent(Record, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/ingest/records", UriKind.Relative), content);
    }
}
