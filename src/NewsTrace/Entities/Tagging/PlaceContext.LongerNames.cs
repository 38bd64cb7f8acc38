using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>Names of two or three words that their own position makes places: a part of <see cref="PlaceContext"/>.</summary>
internal static partial class PlaceContext
{
    /// <summary>
    /// "the village of Novye Atagi", "San Vittore prison", "the Barvikha sanatorium": a name of two or three words the tagger
    /// read as a person or organisation, right after a place noun and "of" or right before a place or feature noun, is the
    /// place. (One-word names are retyped wherever they recur, above; a longer name is retyped where it stands.)
    /// </summary>
    private static void RetypeLongerNames(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        HashSet<string>? sceneSettings = null;
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type is not (EntityTypes.Person or EntityTypes.Organization) || name.Canonical is not null || name.LastToken - name.FirstToken > 2
                || IsPossessive(text, tokens, name.LastToken))
            {
                continue;
            }

            if (BeforeFeatureNoun(text, tokens, name.LastToken))
            {
                merged[k] = name with { Type = EntityTypes.Location };
            }
            else if (AfterPlaceNoun(text, tokens, name.FirstToken) || BeforePlaceNoun(text, tokens, name.LastToken) || IsTwoWordPersonAfterMotion(text, tokens, name)
                     || BeforeRoad(text, tokens, name))
            {
                merged[k] = name with { Type = EntityTypes.Geopolitical };
            }
            else if (IsPersonOpeningWithIn(text, tokens, name))
            {
                merged[k] = name with { Type = EntityTypes.Geopolitical };
                (sceneSettings ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Join(text, tokens, name.FirstToken, name.LastToken));
            }
        }

        // "Residents of Sham Shui Po" after "In Sham Shui Po, ...": the place wherever else the document names it.
        for (var k = 0; sceneSettings is not null && k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.Canonical is null && name.LastToken > name.FirstToken
                && sceneSettings.Contains(TokenText.Join(text, tokens, name.FirstToken, name.LastToken)))
            {
                merged[k] = name with { Type = EntityTypes.Geopolitical };
            }
        }
    }

    /// <summary>
    /// "crashed near Kalyan Dadri", "the road outside Tarnovo Selo": two unknown words after a preposition of place other than
    /// "in" (which takes people too: "confidence in Alija Izetbegovic") are a place, unless the first is a given name or
    /// the document has the last word speak.
    /// </summary>
    private static bool IsTwoWordPersonAfterMotion(string text, ImmutableArray<Token> tokens, NameCandidate name)
        => name.Type == EntityTypes.Person && name.LastToken == name.FirstToken + 1 && name.FirstToken > 0
           && (TokenText.Of(text, tokens[name.FirstToken - 1]) is "near" or "outside" or "via" or "into" or "towards" or "across"
               || (name.FirstToken > 1 && TokenText.Is(text, tokens[name.FirstToken - 1], "from") && PeopleFrom.Contains(TokenText.Of(text, tokens[name.FirstToken - 2]))))
           && !Data.FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken]))
           && !Speaks(text, tokens, TokenText.Of(text, tokens[name.LastToken]));

    private static bool IsHeldOrOccupied(ReadOnlySpan<char> word)
        => word.EndsWith("-held", StringComparison.Ordinal) || word.EndsWith("-occupied", StringComparison.Ordinal);

    /// <summary>
    /// "the Maidan Shahr road": a name of two or three words the tagger read as a person, before "road" or "highway", is the
    /// town the road leads to (not before "road map" or "road show", which anyone may have).
    /// </summary>
    private static bool BeforeRoad(string text, ImmutableArray<Token> tokens, NameCandidate name)
        => name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && name.LastToken + 1 < tokens.Length
           && TokenText.Of(text, tokens[name.LastToken + 1]) is "road" or "highway"
           && (name.LastToken + 2 >= tokens.Length || TokenText.Of(text, tokens[name.LastToken + 2]) is not ("map" or "show" or "trip" or "test"));

    /// <summary>
    /// "In Sham Shui Po, Fung Lai-ping ... said": a name of two or three words that a sentence-opening "In" and a comma frame
    /// sets the scene, which people do not ("In Fung's view" is a possessive, left alone).
    /// </summary>
    private static bool IsPersonOpeningWithIn(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        var @in = name.FirstToken - 1;
        if (name.Type != EntityTypes.Person || name.LastToken == name.FirstToken || @in < 0 || name.LastToken + 1 >= tokens.Length
            || TokenText.Of(text, tokens[@in]) is not "In" || TokenText.Of(text, tokens[name.LastToken + 1]) is not ",")
        {
            return false;
        }

        return @in == 0 || TokenText.Of(text, tokens[@in - 1]) is "." or "!" or "?" or "\u201d" or "\""
               || text.AsSpan(tokens[@in - 1].End, tokens[@in].Start - tokens[@in - 1].End).Contains('\n');
    }
}
