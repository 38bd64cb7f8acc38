using System.Net;
using System.Text.Json;

namespace NewsTrace.Web.Tests.Web;

/// <summary>/health and /metrics, which load balancers and Prometheus read.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task Health_is_200_with_a_JSON_body_while_the_store_answers_and_503_when_it_does_not()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();

        using var healthy = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using (var body = JsonDocument.Parse(await healthy.Content.ReadAsStringAsync()))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
            Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("sqlite", body.RootElement.GetProperty("store").GetString());
        }

        // A store that cannot answer any more (closed under the app) is what a lost database looks like.
        await factory.Store.DisposeAsync();
        using var sick = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var problem = JsonDocument.Parse(await sick.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, sick.StatusCode);
        Assert.Equal("unavailable", problem.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("   at ", problem.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_are_Prometheus_text_with_documents_failures_and_request_counts()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        await client.GetAsync(new Uri("/health", UriKind.Relative));
        await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var samples = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith('#')).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("newstrace_documents_total 0", samples);
        Assert.Contains("newstrace_failures_total 0", samples);
        Assert.Contains("newstrace_http_requests_total{code=\"2xx\"} 1", samples);
        Assert.Contains("newstrace_http_requests_total{code=\"4xx\"} 1", samples);
        Assert.Contains("# TYPE newstrace_http_requests_total counter", text, StringComparison.Ordinal);

        // Every sample line is "name[{labels}] number", as the exposition format requires.
        Assert.All(samples, line => Assert.Matches(@"^[a-z_]+(\{[a-z]+=""[^""]*""\})? -?[0-9.E+-]+$", line));
    }
}
