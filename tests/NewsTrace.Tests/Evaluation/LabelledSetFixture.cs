using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsTrace.Tests.Ingest;

namespace NewsTrace.Tests.Evaluation;

/// <summary>Writes small hand-made labelled sets in the WCXB layout into a temp directory.</summary>
internal static class LabelledSetFixture
{
    public static void AddPage(TempDirectory directory, string id, string html, object truth, string? url = null, bool gzip = false)
    {
        var document = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["url"] = url ?? $"https://example.test/news/{id}",
            ["file_id"] = id,
            ["ground_truth"] = truth,
        });
        var htmlBytes = Encoding.UTF8.GetBytes(html);
        var truthBytes = Encoding.UTF8.GetBytes(document);
        directory.Write(gzip ? $"html/{id}.html.gz" : $"html/{id}.html", gzip ? Gzip(htmlBytes) : htmlBytes);
        directory.Write(gzip ? $"ground-truth/{id}.json.gz" : $"ground-truth/{id}.json", gzip ? Gzip(truthBytes) : truthBytes);
    }

    public static Dictionary<string, object?> Truth(
        string mainContent,
        string? title = null,
        string? author = null,
        string? date = null,
        string[]? with = null,
        string[]? without = null) => new()
        {
            ["title"] = title,
            ["author"] = author,
            ["publish_date"] = date,
            ["main_content"] = mainContent,
            ["with"] = with ?? [],
            ["without"] = without ?? [],
        };

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}
