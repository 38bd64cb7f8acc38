using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;

namespace NewsTrace.Evaluation;

/// <summary>
/// Reads a labelled set in the WCXB layout: <c>DIR/ground-truth/NNNN.json[.gz]</c> holding
/// <c>{url, file_id, ground_truth: {title, author, publish_date, main_content, with[], without[]}}</c> and the page
/// in <c>DIR/html/NNNN.html[.gz]</c>. Pages come in file-name order, one at a time, so a large set is never held in memory.
/// </summary>
public static class LabelledSetReader
{
    /// <summary>The pages of the set in <paramref name="directory"/>, in name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory or its ground-truth folder is missing.</exception>
    /// <exception cref="InvalidDataException">A ground-truth file is not valid, or its page is missing.</exception>
    public static IEnumerable<LabelledPage> Read(string directory)
    {
        var truthDirectory = Path.Combine(directory, "ground-truth");
        if (!Directory.Exists(truthDirectory))
        {
            throw new DirectoryNotFoundException($"{directory} is not a labelled set: it has no ground-truth/ folder");
        }

        var truthFiles = Directory.EnumerateFiles(truthDirectory)
            .Where(path => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return ReadPages(directory, truthFiles);
    }

    private static IEnumerable<LabelledPage> ReadPages(string directory, List<string> truthFiles)
    {
        foreach (var truthFile in truthFiles)
        {
            var stem = Stem(truthFile);
            var page = ParseTruth(ReadAllBytes(truthFile), stem, truthFile);
            var htmlFile = HtmlPath(directory, stem)
                ?? throw new InvalidDataException($"{truthFile} has no page: expected html/{stem}.html or html/{stem}.html.gz");
            yield return page with { Html = ReadAllBytes(htmlFile) };
        }
    }

    /// <summary>Parses one ground-truth JSON document; <paramref name="fallbackId"/> is used when it has no file_id.</summary>
    /// <exception cref="InvalidDataException">The JSON is invalid or has no ground_truth object.</exception>
    public static LabelledPage ParseTruth(ReadOnlySpan<byte> json, string fallbackId, string source)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ground_truth", out var truth) || truth.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{source}: no ground_truth object");
            }

            var groundTruth = new GroundTruth(
                String(truth, "title"),
                String(truth, "author"),
                String(truth, "publish_date"),
                String(truth, "main_content") ?? "",
                Strings(truth, "with"),
                Strings(truth, "without"));
            return new LabelledPage(String(root, "file_id") ?? fallbackId, String(root, "url"), ReadOnlyMemory<byte>.Empty, groundTruth);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: invalid JSON: {ex.Message}", ex);
        }
    }

    private static string? String(JsonElement parent, string name)
        => parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Strings(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)];
    }

    private static string Stem(string path)
    {
        var name = Path.GetFileName(path);
        name = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return Path.GetFileNameWithoutExtension(name);
    }

    private static string? HtmlPath(string directory, string stem)
    {
        foreach (var name in (string[])[stem + ".html", stem + ".html.gz", stem + ".htm", stem + ".htm.gz"])
        {
            var path = Path.Combine(directory, "html", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static byte[] ReadAllBytes(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(path);
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
