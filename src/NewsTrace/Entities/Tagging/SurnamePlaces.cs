using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A one-word place name that the same document uses as a person's surname ("Valeska Paris", then "Paris said"; "Michael
/// Jordan", then "Jordan scored") is that person where it stands alone, unless a place preposition puts it somewhere ("in
/// Paris"). The gazetteer reads the word as the place everywhere; within one document the full name is the better evidence.
/// A given name before "Hill" or "Lake" is a person too ("Damon Hill"), and so is a lone unknown "organisation" that is
/// the surname of a person the document names in full ("Mark Teixeira ... Teixeira's offer").
/// </summary>
internal static class SurnamePlaces
{
    private static readonly WordSet PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "into", "at", "near", "from", "to", "across", "outside", "inside", "via", "towards", "toward", "through", "throughout", "visited", "visit", "visiting", "of"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Place words that are common surnames after a given name ("Damon Hill", "Anthony Lake"); places put them first ("Lake Geneva").</summary>
    private static readonly WordSet SurnameHeads = FrozenSet.ToFrozenSet(
        ["Hill", "Lake"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup = Countries.Aliases.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Retype(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        // "Damon Hill", "Anthony Lake": a known given name and a place word that is a common surname name a person, where
        // the head word alone had made a place; known places keep their reading.
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type is EntityTypes.Geopolitical or EntityTypes.Location && name.Canonical is null && name.LastToken == name.FirstToken + 1
                && SurnameHeads.Contains(TokenText.Of(text, tokens[name.LastToken])) && Data.FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                merged[k] = name with { Type = EntityTypes.Person };
            }
        }

        HashSet<string>? surnames = null;
        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && !IsCountryNamedAgency(text, tokens, name))
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[name.LastToken]).ToString());
            }
        }

        if (surnames is null)
        {
            return;
        }

        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < merged.Count; k++)
        {
            var candidate = merged[k];
            var first = candidate.FirstToken;
            if (candidate.Type is (EntityTypes.Geopolitical or EntityTypes.Location) && first == candidate.LastToken
                && lookup.Contains(TokenText.Of(text, tokens[first]))
                && (first == 0 || !PlacePrepositions.Contains(TokenText.Of(text, tokens[first - 1]))))
            {
                merged[k] = candidate with { Type = EntityTypes.Person, Canonical = null };
            }
            else if (lookup.Contains(TokenText.Of(text, tokens[first])) && IsUnknownOneWordOrganisation(text, tokens, candidate)
                     && HasGivenNameBefore(text, tokens, merged, TokenText.Of(text, tokens[first])))
            {
                // "Mark Teixeira ... the value of Teixeira's offer": the tagger's lone organisation is the person's surname.
                merged[k] = candidate with { Type = EntityTypes.Person };
            }
        }
    }

    /// <summary>
    /// Whether a person named in full with a known given name ends in <paramref name="surname"/> ("Mark Teixeira"): the
    /// evidence an organisation's reading needs, as the tagger also reads teams and titles as people ("San Diego Chargers").
    /// </summary>
    private static bool HasGivenNameBefore(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, ReadOnlySpan<char> surname)
    {
        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && TokenText.Of(text, tokens[name.LastToken]).SequenceEqual(surname)
                && FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Environment Canada", "Statistics Canada": a word that is no given name before a country is an agency the tagger took
    /// for a person (<see cref="CountryNamedOrganisations"/> retypes it later), so the country is nobody's surname.
    /// "Michael Jordan" keeps his.
    /// </summary>
    private static bool IsCountryNamedAgency(string text, ImmutableArray<Token> tokens, NameCandidate name)
        => name.LastToken == name.FirstToken + 1 && CountryLookup.ContainsKey(TokenText.Of(text, tokens[name.LastToken]))
           && !FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken]));

    /// <summary>A one-word organisation no list knows, not written in capitals ("Teixeira"; not "Ford", "NATO").</summary>
    private static bool IsUnknownOneWordOrganisation(string text, ImmutableArray<Token> tokens, NameCandidate name)
        => name.Type == EntityTypes.Organization && name.FirstToken == name.LastToken && name.Canonical is null
           && !TokenText.IsAcronym(text, tokens[name.FirstToken]) && !Gazetteer.Lookup.ContainsKey(TokenText.Of(text, tokens[name.FirstToken]))
           && !Companies.Names.Contains(TokenText.Of(text, tokens[name.FirstToken]).ToString());
}
