using System.Collections.Immutable;
using System.Text.Json;
using NewsTrace.Entities;

namespace NewsTrace.Evaluation;

/// <summary>
/// Scores <see cref="EntityFinder"/> against the GUM entity data (../shared/data/gum-entities, see its README):
/// gold names are the named person/organization/place mentions' name_start..name_end, deduplicated and outermost only,
/// labelled PER/ORG/LOC; predictions map PERSON to PER, ORG to ORG and GPE/LOC to LOC (NORP is not scored, as GUM has no
/// such class). A prediction counts only when start, end and label all match.
/// </summary>
public static class EntityEvaluator
{
    /// <summary>Evaluates the documents of <paramref name="split"/> (all when null) and <paramref name="genre"/> (all when null).</summary>
    public static EntityEvaluation Evaluate(string path, string? split = "test", string? genre = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var byLabel = new SortedDictionary<string, MatchCounts>(StringComparer.Ordinal) { ["LOC"] = default, ["ORG"] = default, ["PER"] = default };
        var blind = default(MatchCounts);
        var documents = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if ((split is not null && root.GetProperty("split").GetString() != split) || (genre is not null && root.GetProperty("genre").GetString() != genre))
            {
                continue;
            }

            documents++;
            var text = root.GetProperty("text").GetString() ?? string.Empty;
            var gold = GoldNames(root.GetProperty("entities"));
            var predicted = EntityFinder.Find(text)
                .Select(mention => (mention.Span.Start, mention.Span.End, Label: LabelOf(mention.Type)))
                .Where(name => name.Label is not null)
                .Select(name => (name.Start, name.End, Label: name.Label!))
                .ToHashSet();
            foreach (var label in byLabel.Keys.ToList())
            {
                var goldOfLabel = gold.Where(name => name.Label == label).ToHashSet();
                var predictedOfLabel = predicted.Where(name => name.Label == label).ToHashSet();
                var hits = goldOfLabel.Count(predictedOfLabel.Contains);
                byLabel[label] += new MatchCounts(hits, predictedOfLabel.Count - hits, goldOfLabel.Count - hits);
            }

            var goldSpans = gold.Select(name => (name.Start, name.End)).ToHashSet();
            var predictedSpans = predicted.Select(name => (name.Start, name.End)).ToHashSet();
            var spanHits = goldSpans.Count(predictedSpans.Contains);
            blind += new MatchCounts(spanHits, predictedSpans.Count - spanHits, goldSpans.Count - spanHits);
        }

        var overall = byLabel.Values.Aggregate(default(MatchCounts), (sum, counts) => sum + counts);
        return new EntityEvaluation(documents, byLabel.ToImmutableSortedDictionary(StringComparer.Ordinal), overall, blind);
    }

    /// <summary>PER, ORG or LOC for a NewsTrace entity type; null for types GUM does not score.</summary>
    public static string? LabelOf(string type) => type switch
    {
        EntityTypes.Person => "PER",
        EntityTypes.Organization => "ORG",
        EntityTypes.Geopolitical or EntityTypes.Location => "LOC",
        _ => null,
    };

    private static HashSet<(int Start, int End, string Label)> GoldNames(JsonElement entities)
    {
        var names = new HashSet<(int Start, int End, string Label)>();
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
                names.Add((entity.GetProperty("name_start").GetInt32(), entity.GetProperty("name_end").GetInt32(), label));
            }
        }

        // Flat NER keeps the outermost names only.
        names.RemoveWhere(inner => names.Any(outer => outer != inner && outer.Start <= inner.Start && inner.End <= outer.End
                                                      && (outer.Start, outer.End) != (inner.Start, inner.End)));
        return names;
    }
}
