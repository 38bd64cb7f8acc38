using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "what the House passed", "a vote in the Commons": a chamber named by one word after "the" is a body; the tagger, seeing
/// a capital in a sentence about people, reads "House" as a surname.
/// </summary>
internal static class ChamberNames
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.FirstToken == name.LastToken && name.FirstToken > 0 && name.Canonical is null
                && TokenText.Of(text, tokens[name.FirstToken]) is "House" or "Commons" && TokenText.Is(text, tokens[name.FirstToken - 1], "the"))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
            }
        }
    }
}
