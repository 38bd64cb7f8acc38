using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NewsTrace.Web.Tests.Web;

/// <summary>File uploads, through the API and the upload page, take the ingest command's path.</summary>
public sealed class UploadTests
{
    private const string Page = "<html><head><title>Harbour crane toppled in storm</title><meta property=\"article:published_time\" content=\"2024-10-16T08:00:00Z\"></head>"
        + "<body><article><h1>Harbour crane toppled in storm</h1><p>A harbour crane fell into the water during Tuesday's storm, the port authority said on Wednesday.</p>"
        + "<p>\"Nobody was hurt,\" said the harbour master, Ilse Varga. Repairs are expected to take three weeks, according to the operator.</p></article></body></html>";

    [Fact]
    public async Task An_uploaded_page_is_stored_under_an_upload_source_and_shows_in_the_lists()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        using var form = Form("../../etc/crane.html", Page);
        using var response = await client.PostAsync(new Uri("/api/ingest", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, summary.RootElement.GetProperty("added").GetInt32());

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative)));
        var article = list.RootElement.GetProperty("items")[0];
        Assert.Equal("upload/000-crane.html", article.GetProperty("source").GetString());
        Assert.Equal("Harbour crane toppled in storm", article.GetProperty("title").GetString());

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Harbour crane toppled in storm", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_the_same_file_again_adds_nothing()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        using (var first = Form("a.html", Page))
        {
            (await client.PostAsync(new Uri("/api/ingest", UriKind.Relative), first)).Dispose();
        }

        using var again = Form("b.html", Page);
        using var response = await client.PostAsync(new Uri("/api/ingest", UriKind.Relative), again);
        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, summary.RootElement.GetProperty("alreadyKnown").GetInt32());
    }

    [Fact]
    public async Task The_upload_page_ingests_and_reports()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        var page = await client.GetStringAsync(new Uri("/upload", UriKind.Relative));
        Assert.Contains("enctype=\"multipart/form-data\"", page, StringComparison.Ordinal);
        using var form = Form("crane.html", Page);
        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadAsStringAsync();
        Assert.Contains("1 new", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_input_is_reported_not_fatal()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var binary = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        form.Add(binary, "files", "picture.png");
        var page = new ByteArrayContent(Encoding.UTF8.GetBytes(Page));
        form.Add(page, "files", "crane.html");
        using var response = await client.PostAsync(new Uri("/api/ingest", UriKind.Relative), form);
        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, summary.RootElement.GetProperty("failed").GetInt32());
        Assert.StartsWith("upload/", summary.RootElement.GetProperty("failures")[0].GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Form(string fileName, string content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        form.Add(file, "files", fileName);
        return form;
    }
}
