using System.Collections.Immutable;
using NewsTrace.Entities;

namespace NewsTrace.Evaluation;

/// <summary>
/// Scores entity recognition against the GUM entity data (../shared/data/gum-entities, see its README):
/// gold names are the named person/organization/place mentions' name_start..name_end, deduplicated and outermost only,
/// labelled PER/ORG/LOC; predictions map PERSON to PER, ORG to ORG and GPE/LOC to LOC (NORP is not scored, as GUM has no
/// such class). A prediction counts only when start, end and label all match.
/// </summary>
public static class EntityEvaluator
{
    /// <summary>Evaluates <see cref="EntityFinder"/> (rules and the shipped tagger) on the documents of <paramref name="split"/> (all when null) and <paramref name="genre"/> (all when null).</summary>
    public static EntityEvaluation Evaluate(string path, string? split = "test", string? genre = null)
        => Evaluate(GumDocumentReader.Read(path, split, genre), EntityFinder.Find);

    /// <summary>Evaluates any recogniser, given as a function from a document's text to its mentions.</summary>
    public static EntityEvaluation Evaluate(IEnumerable<GumDocument> documents, Func<string, ImmutableArray<EntityMention>> recognize)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(recognize);
        var byLabel = new SortedDictionary<string, MatchCounts>(StringComparer.Ordinal) { ["LOC"] = default, ["ORG"] = default, ["PER"] = default };
        var blind = default(MatchCounts);
        var count = 0;
        foreach (var document in documents)
        {
            count++;
            var gold = document.Names.Select(name => (name.Start, name.End, name.Label)).ToHashSet();
            var predicted = recognize(document.Text)
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
        return new EntityEvaluation(count, byLabel.ToImmutableSortedDictionary(StringComparer.Ordinal), overall, blind);
    }

    /// <summary>PER, ORG or LOC for a NewsTrace entity type; null for types GUM does not score.</summary>
    public static string? LabelOf(string type) => type switch
    {
        EntityTypes.Person => "PER",
        EntityTypes.Organization => "ORG",
        EntityTypes.Geopolitical or EntityTypes.Location => "LOC",
        _ => null,
    };
}
