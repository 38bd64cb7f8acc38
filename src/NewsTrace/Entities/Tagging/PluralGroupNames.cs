using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Hells Angels", "the Black Panthers", "the Rolling Stones": a name of several words after "the" whose last word is a
/// plural is a group (a gang, a band, a movement), which the tagger, seeing two capitalised words, reads as a person. A
/// person's name does not take "the" or end in a plural; a family ("the Kennedys") is one word and is left alone, and so is
/// a name opening with a given name.
/// </summary>
internal static class PluralGroupNames
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && name.Canonical is null && name.FirstToken > 0
                && TokenText.Is(text, tokens[name.FirstToken - 1], "the") && IsPlural(TokenText.Of(text, tokens[name.LastToken]))
                && !FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
            }
        }
    }

    private static bool IsPlural(ReadOnlySpan<char> word)
        => word.Length >= 4 && word[^1] == 's' && char.IsLower(word[^2]) && word[^2] is not ('s' or 'u' or 'i' or '\'');
}
