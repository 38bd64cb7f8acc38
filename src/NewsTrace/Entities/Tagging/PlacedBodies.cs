using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "United Nations Observer Mission in Liberia", "Front for Democracy in Burundi ( FRODEBU )": a body named for the
/// country it works in holds "in" and the country. The tagger stops at "in" and reads the country apart. Joined where the
/// body is a mission (a mission is always "in" somewhere), or where an acronym in brackets right after the country ends
/// with the country's initial or first syllable (UNOMIL, FRODEBU), which shows the country is part of the name; not otherwise ("the Socialist
/// Party in France", "the Ministry of Finance in Beijing").
/// </summary>
internal static class PlacedBodies
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var body = merged[k];
            var at = body.LastToken + 1;
            if (body.Type != EntityTypes.Organization || body.Canonical is not null || at + 1 >= tokens.Length || !TokenText.Is(text, tokens[at], "in")
                || MergedNames.At(merged, at + 1) is not { Type: EntityTypes.Geopolitical or EntityTypes.Location } place || place.FirstToken != at + 1
                || !TokenText.OnSameLine(text, tokens[body.LastToken], tokens[place.LastToken]))
            {
                continue;
            }

            var head = TokenText.Of(text, tokens[body.LastToken]);
            if (!head.Equals("Mission", StringComparison.Ordinal) && !AcronymEndsWith(text, tokens, place.LastToken + 1, TokenText.Of(text, tokens[place.FirstToken])[0]))
            {
                continue;
            }

            merged.Remove(place);
            merged[merged.IndexOf(body)] = body with { LastToken = place.LastToken };
            k = -1;
        }
    }

    /// <summary>
    /// Whether "( ACRONYM )" opens at <paramref name="open"/> and <paramref name="initial"/> is among the acronym's last three
    /// letters (the country's initial, or its first syllable: "FRODEBU" for "... au Burundi").
    /// </summary>
    private static bool AcronymEndsWith(string text, ImmutableArray<Token> tokens, int open, char initial)
    {
        if (open + 2 >= tokens.Length || !TokenText.Is(text, tokens[open], "(") || !TokenText.Is(text, tokens[open + 2], ")") || !TokenText.IsAcronym(text, tokens[open + 1]))
        {
            return false;
        }

        var acronym = TokenText.Of(text, tokens[open + 1]);
        return acronym[Math.Max(0, acronym.Length - 3)..].Contains(char.ToUpperInvariant(initial));
    }
}
