using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>Turns a group of observations into a <see cref="CanonicalEntity"/>: type, canonical name, aliases, counts and id.</summary>
internal static class EntitySummarizer
{
    // On a tie of mention counts, the type named first wins: a place is more often mistaken for an organisation than the reverse.
    private static readonly string[] TypePreference = [EntityTypes.Person, EntityTypes.Geopolitical, EntityTypes.Organization, EntityTypes.Location];

    public static CanonicalEntity Summarize(IReadOnlyList<EntityObservation> observations, EntityGroup group)
    {
        var members = group.Members.Select(i => observations[i]).ToList();
        var names = members.Where(o => o.Kind == AliasKind.Name).ToList();
        if (names.Count == 0)
        {
            names = members;
        }

        var type = names
            .GroupBy(o => o.Type, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(o => o.Count))
            .ThenBy(g => Preference(g.Key))
            .First().Key;
        var automatic = AutomaticName(names, type);
        var aliases = members
            .GroupBy(o => o.Surface, StringComparer.Ordinal)
            .Select(g => new EntityAlias(g.Key, g.Min(o => o.Kind), g.Sum(o => o.Count)))
            .OrderByDescending(a => a.Count)
            .ThenBy(a => a.Kind)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        var articles = members.Select(o => o.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        return new CanonicalEntity(
            IdOf(type, automatic),
            type,
            group.Rename ?? automatic,
            aliases,
            articles,
            members.Where(o => o.Kind == AliasKind.Name).Sum(o => o.Count));
    }

    /// <summary>
    /// The most frequent full form: for people a name of two words or more, for others a written-out name before an
    /// acronym and mixed case before capitals. Ties go to the longer, then ordinal first.
    /// </summary>
    private static string AutomaticName(List<EntityObservation> names, string type)
    {
        // People: the form as written, so the spelling most outlets use wins; places and organisations: the document
        // layer's canonical, which is the word lists' name ("UN Security Council" for "Security Council").
        var forms = names
            .GroupBy(o => type == EntityTypes.Person ? o.Surface : o.DocumentName, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Sum(o => o.Count)))
            .ToList();
        return forms
            .OrderByDescending(f => type == EntityTypes.Person && f.Name.Contains(' ', StringComparison.Ordinal))
            .ThenByDescending(f => !CrossDocumentNameKey.IsAcronym(f.Name))
            .ThenByDescending(f => f.Name.Any(char.IsLower))
            .ThenByDescending(f => f.Count)
            .ThenByDescending(f => f.Name.Length)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .First().Name;
    }

    /// <summary>"e" and 12 hex digits of SHA-256 of the type and the canonical name's key: the same in every run over the same articles.</summary>
    internal static string IdOf(string type, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(type + "|" + CrossDocumentNameKey.Of(name)));
        return "e" + Convert.ToHexStringLower(hash)[..12];
    }

    private static int Preference(string type)
    {
        var index = Array.IndexOf(TypePreference, type);
        return index < 0 ? TypePreference.Length : index;
    }
}
