using System.Collections.Immutable;
using System.Text.Json;

namespace NewsTrace.Evaluation;

/// <summary>Reads the GUM entity data with its coreference: every mention of every document, not only the names.</summary>
public static class GumCoreferenceReader
{
    /// <summary>
    /// The documents of <paramref name="split"/> (all when null) and <paramref name="genre"/> (all when null), in file order.
    /// A line that is no GUM document is passed to <paramref name="skipped"/> (file, line and reason) and the rest is read.
    /// </summary>
    public static IEnumerable<GumCoreferenceDocument> Read(string path, string? split = null, string? genre = null, Action<string>? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            GumCoreferenceDocument document;
            try
            {
                document = Parse(line);
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                skipped?.Invoke($"{path}, line {lineNumber}: skipped, not a GUM document ({exception.Message})");
                continue;
            }

            if ((split is null || document.Split == split) && (genre is null || document.Genre == genre))
            {
                yield return document;
            }
        }
    }

    private static GumCoreferenceDocument Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var mentions = ImmutableArray.CreateBuilder<GumMention>();
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            mentions.Add(new GumMention(
                entity.GetProperty("start").GetInt32(),
                entity.GetProperty("end").GetInt32(),
                entity.GetProperty("type").GetString() ?? string.Empty,
                OptionalInt(entity, "chain"),
                entity.GetProperty("kind").GetString() ?? string.Empty,
                entity.GetProperty("named").GetBoolean(),
                OptionalInt(entity, "name_start"),
                OptionalInt(entity, "name_end")));
        }

        return new GumCoreferenceDocument(
            root.GetProperty("id").GetString() ?? string.Empty,
            root.GetProperty("genre").GetString() ?? string.Empty,
            root.GetProperty("split").GetString() ?? string.Empty,
            root.GetProperty("text").GetString() ?? string.Empty,
            mentions.ToImmutable());
    }

    private static int? OptionalInt(JsonElement entity, string property)
        => entity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
