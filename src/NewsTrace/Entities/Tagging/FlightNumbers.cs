using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "a bomb brought down Trans World Airlines Flight 800": a flight is named by its airline, "Flight" and a number, and the
/// tagger runs the airline on into "Flight" (often as a person). The name ends before "Flight"; an airline's head word
/// ("Airlines", "Airways") makes it the company.
/// </summary>
internal static class FlightNumbers
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = merged.Count - 1; k >= 0; k--)
        {
            var name = merged[k];
            var last = name.LastToken;
            if (!TokenText.Of(text, tokens[last]).SequenceEqual("Flight") || last + 1 >= tokens.Length || tokens[last + 1].Kind != TokenKind.Number)
            {
                continue;
            }

            if (last == name.FirstToken)
            {
                merged.RemoveAt(k);
                continue;
            }

            var airline = TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[last - 1]);
            merged[k] = name with { LastToken = last - 1, Type = airline ? EntityTypes.Organization : name.Type, Canonical = null };
        }
    }
}
