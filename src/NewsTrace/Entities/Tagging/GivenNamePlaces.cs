using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the party's director, Chad Burkhalter, wrote", "Georgia Lennox said": a place that is also a given name ("Chad",
/// "Georgia", "Florence", "Jordan"), followed by one capitalised word that is no known name, no head word of a place or
/// body and never written in lower case in the document, is a person; the tagger and the gazetteer read it as the place.
/// </summary>
internal static class GivenNamePlaces
{
    /// <summary>Given names that are also places, which the given-name list leaves out; cities with well-known teams are not among them.</summary>
    private static readonly WordSet PlaceLikeGivenNames = FrozenSet.ToFrozenSet(
    [
        "Chad", "Jordan", "Georgia", "Florence", "Troy", "Austin", "Chelsea", "Israel", "India", "Savannah", "Dakota", "Madison",
        "Regina", "Marion", "Shelby", "Eugene", "Aurora", "Lincoln", "Victoria", "Adelaide", "Kenya",
    ], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, LowerCaseWordSet lowerCaseWords)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];

            // "President Saddam Hussein ... a failed uprising against Saddam": a given name alone, which no list knows as a place,
            // of a person the document names in full is that person, wherever the tagger's context made it a place (not
            // "Nancy" or "Gary" in a story naming nobody so: those are towns).
            var word = TokenText.Of(text, tokens[name.FirstToken]);
            if (name.Type is EntityTypes.Geopolitical or EntityTypes.Location && name.Canonical is null && name.FirstToken == name.LastToken
                && FirstNames.Contains(word) && !PlaceLikeGivenNames.Contains(word) && !Gazetteer.Lookup.ContainsKey(word) && OpensPersonsName(text, tokens, merged, word))
            {
                merged[k] = name with { Type = EntityTypes.Person };
                continue;
            }

            if (name.Type is not (EntityTypes.Geopolitical or EntityTypes.Location) || name.LastToken != name.FirstToken + 1
                || !IsGivenName(word) || !Gazetteer.Lookup.ContainsKey(word))
            {
                continue;
            }

            var surname = TokenText.Of(text, tokens[name.LastToken]);
            var lower = TokenText.Lower(text, tokens[name.LastToken]);
            if (tokens[name.LastToken].Kind != TokenKind.Word || !char.IsUpper(surname[0]) || surname.Length < 3 || IsAllCapitals(surname)
                || Gazetteer.Lookup.ContainsKey(surname) || lowerCaseWords.Contains(lower)
                || NameWords.LocationHeads.Contains(lower) || NameWords.OrganizationHeads.Contains(lower) || SchoolAndGroundWords.Contains(lower))
            {
                continue;
            }

            merged[k] = name with { Type = EntityTypes.Person, Canonical = null };
        }
    }

    /// <summary>Whether a person of two words or more in <paramref name="merged"/> has <paramref name="word"/> as given name.</summary>
    private static bool OpensPersonsName(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, ReadOnlySpan<char> word)
    {
        foreach (var other in merged)
        {
            if (other.Type == EntityTypes.Person && other.LastToken > other.FirstToken && TokenText.Of(text, tokens[other.FirstToken]).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words after a state or city that name a school, a ground or a team, not a surname ("Virginia Tech", "Georgia Dome").</summary>
    private static readonly WordSet SchoolAndGroundWords = FrozenSet.ToFrozenSet(
    [
        "tech", "dome", "state", "arena", "coliseum", "stadium", "mall", "square", "poly", "gardens", "center", "centre", "gazette",
        "times", "herald", "post", "tribune", "today", "express",
    ], StringComparer.Ordinal);

    /// <summary>A given name, including those the given-name list leaves out as they are places too.</summary>
    private static bool IsGivenName(ReadOnlySpan<char> word) => FirstNames.Contains(word) || PlaceLikeGivenNames.Contains(word);

    private static bool IsAllCapitals(ReadOnlySpan<char> word) => !word.ContainsAnyInRange('a', 'z');
}
