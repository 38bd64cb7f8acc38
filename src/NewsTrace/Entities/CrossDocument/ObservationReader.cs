using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// Reads what cross-document grouping needs from one analysed article: its entity mentions as observations (names,
/// titled names, descriptions in apposition, and descriptions the quote layer resolved to a named speaker) and the
/// acronyms it defines.
/// Nationalities are supporting mentions only: they help find titled forms but are not entities here.
/// </summary>
internal static class ObservationReader
{
    private static readonly HashSet<string> DescriptionStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "his", "her", "their",
    };

    public static List<EntityObservation> Read(Document document, ICollection<AcronymDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var mentions = document.GetOrDefault(Layers.Entities, []);
        var counts = new Dictionary<(string Type, string Name, string Surface, AliasKind Kind), int>();
        var supporting = mentions.Where(m => m.Type is EntityTypes.Nationality or EntityTypes.Organization).Select(m => m.Span).ToImmutableArray();
        var namesByKey = new Dictionary<string, (string Type, string Name)>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!IsEntityType(mention.Type))
            {
                continue;
            }

            var surface = TitledForms.Collapse(mention.Span.Of(text));
            var name = TitledForms.Collapse(mention.Canonical ?? surface);
            if (surface.Length == 0 || name.Length == 0)
            {
                continue;
            }

            Add(counts, (mention.Type, name, surface, AliasKind.Name));
            namesByKey.TryAdd(CrossDocumentNameKey.Of(name), (mention.Type, name));
            if (mention.Type == EntityTypes.Person && TitledForms.Find(text, mention.Span, supporting) is { } titled)
            {
                Add(counts, (mention.Type, name, titled, AliasKind.Titled));
            }

            if (mention.Type == EntityTypes.Person)
            {
                foreach (var description in AppositiveDescriptions.Find(text, mention.Span))
                {
                    Add(counts, (mention.Type, name, description, AliasKind.Description));
                }
            }

            if (CrossDocumentNameKey.IsAcronym(surface) && !CrossDocumentNameKey.IsAcronym(name))
            {
                definitions.Add(new AcronymDefinition(CrossDocumentNameKey.AcronymLetters(surface), name));
            }
        }

        foreach (var definition in AcronymDefinitionFinder.Find(text, mentions))
        {
            definitions.Add(definition);
        }

        foreach (var quote in document.GetOrDefault(Layers.Quotes, []))
        {
            if (quote.SpeakerSpan is not { } span || quote.Speaker is null)
            {
                continue;
            }

            var description = TitledForms.Collapse(span.Of(text));
            if (IsDescription(description) && namesByKey.TryGetValue(CrossDocumentNameKey.Of(quote.Speaker), out var entity))
            {
                Add(counts, (entity.Type, entity.Name, description, AliasKind.Description));
            }
        }

        return counts
            .Select(pair => new EntityObservation(document.Id, pair.Key.Type, pair.Key.Name, pair.Key.Surface, pair.Key.Kind, pair.Value))
            .ToList();
    }

    /// <summary>The types that make cross-document entities; nationalities and titles only support them.</summary>
    public static bool IsEntityType(string type)
        => type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Geopolitical or EntityTypes.Location;

    /// <summary>"the Russian minister", "Russia's foreign minister": a determiner or a possessive, and more than one word.</summary>
    internal static bool IsDescription(string phrase)
    {
        var words = phrase.Split(' ');
        if (words.Length < 2)
        {
            return false;
        }

        return DescriptionStarts.Contains(words[0])
            || words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("\u2019s", StringComparison.Ordinal);
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull
        => counts[key] = counts.GetValueOrDefault(key) + 1;
}
