using System.Collections.Immutable;
using System.Text.Json;
using NewsTrace.Entities.Tagging;

namespace NewsTrace.Evaluation;

/// <summary>Reads the GUM entity data (documents.jsonl, one document a line; see ../shared/data/gum-entities/README.md).</summary>
public static class GumDocumentReader
{
    /// <summary>The documents of <paramref name="split"/> (all when null) and <paramref name="genre"/> (all when null), in file order.</summary>
    public static IEnumerable<GumDocument> Read(string path, string? split = null, string? genre = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var documentSplit = root.GetProperty("split").GetString() ?? string.Empty;
            var documentGenre = root.GetProperty("genre").GetString() ?? string.Empty;
            if ((split is not null && documentSplit != split) || (genre is not null && documentGenre != genre))
            {
                continue;
            }

            yield return new GumDocument(
                root.GetProperty("id").GetString() ?? string.Empty,
                documentGenre,
                documentSplit,
                root.GetProperty("text").GetString() ?? string.Empty,
                GoldNames(root.GetProperty("entities")));
        }
    }

    private static ImmutableArray<LabelledSpan> GoldNames(JsonElement entities)
    {
        var names = new HashSet<LabelledSpan>();
        foreach (var entity in entities.EnumerateArray())
        {
            if (!entity.GetProperty("named").GetBoolean() || entity.GetProperty("name_start").ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            var label = entity.GetProperty("type").GetString() switch
            {
                "person" => "PER",
                "organization" => "ORG",
                "place" => "LOC",
                _ => null,
            };
            if (label is not null)
            {
                names.Add(new LabelledSpan(entity.GetProperty("name_start").GetInt32(), entity.GetProperty("name_end").GetInt32(), label));
            }
        }

        // Flat NER keeps the outermost names only: a name strictly inside another name's range is dropped.
        names.RemoveWhere(inner => names.Any(outer => outer.Start <= inner.Start && inner.End <= outer.End
                                                      && (outer.Start, outer.End) != (inner.Start, inner.End)));
        return [.. names.OrderBy(name => name.Start).ThenBy(name => name.End).ThenBy(name => name.Label, StringComparer.Ordinal)];
    }
}
