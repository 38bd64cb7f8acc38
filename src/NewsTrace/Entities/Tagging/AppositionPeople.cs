using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Oskar Lafontaine , leader of the opposition ...", "Lena Marsh , a spokeswoman for ...": a name the rules read as a
/// person (capitalised words shaped like a name) that the tagger called an organisation or a place is the person when an
/// apposition right after it gives a person's role. Known names (with a canonical form) are left alone, and so is a name
/// the rules did not read as a person ("Nokia , leader of the market").
/// </summary>
internal static class AppositionPeople
{
    /// <summary>Words between the comma and the role ("a spokeswoman", "the former leader", "deputy leader").</summary>
    private const int MaxWordsBeforeRole = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> rules, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type is not (EntityTypes.Organization or EntityTypes.Geopolitical or EntityTypes.Location) || name.Canonical is not null
                || name.LastToken == name.FirstToken || !RoleFollows(text, tokens, name.LastToken + 1)
                || !RulesReadPerson(rules, name))
            {
                continue;
            }

            merged[k] = name with { Type = EntityTypes.Person };
        }

        // "Washington Píriz, a 71-year-old former bus driver,": a place's name for a given name, read with the surname as a
        // place, is a person when an age follows; not a place named by its head word ("Old Town, a 300-year-old district").
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type is EntityTypes.Geopolitical or EntityTypes.Location && name.Canonical is null && name.LastToken > name.FirstToken
                && name.LastToken - name.FirstToken < 3 && !TokenText.LowerIn(NameWords.LocationHeads, text, tokens[name.LastToken])
                && AgeFollows(text, tokens, name.LastToken + 1))
            {
                merged[k] = name with { Type = EntityTypes.Person };
            }
        }
    }

    /// <summary>A comma at <paramref name="comma"/>, then "a 71-year-old" (or "an 80-year-old") or an age between commas (", 71 ,").</summary>
    private static bool AgeFollows(string text, ImmutableArray<Token> tokens, int comma)
    {
        if (comma + 2 >= tokens.Length || !TokenText.Is(text, tokens[comma], ","))
        {
            return false;
        }

        var age = TokenText.Of(text, tokens[comma + 2]);
        if (TokenText.Of(text, tokens[comma + 1]) is "a" or "an" && age.EndsWith("-year-old", StringComparison.Ordinal) && char.IsAsciiDigit(age[0]))
        {
            return true;
        }

        var number = TokenText.Of(text, tokens[comma + 1]);
        return number.Length is 1 or 2 && char.IsAsciiDigit(number[0]) && char.IsAsciiDigit(number[^1]) && TokenText.Is(text, tokens[comma + 2], ",");
    }

    /// <summary>Whether the rules read exactly <paramref name="name"/>'s tokens as a person (a loop: a lambda here cost a closure for every name).</summary>
    private static bool RulesReadPerson(List<NameCandidate> rules, NameCandidate name)
    {
        foreach (var rule in rules)
        {
            if (rule.Type == EntityTypes.Person && rule.FirstToken == name.FirstToken && rule.LastToken == name.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comma at <paramref name="comma"/>, then up to three plain lower-case words ending in a person's title or role, then "of", "for", "at" or a comma.</summary>
    private static bool RoleFollows(string text, ImmutableArray<Token> tokens, int comma)
    {
        if (comma >= tokens.Length || !TokenText.Is(text, tokens[comma], ","))
        {
            return false;
        }

        for (var i = comma + 1; i < tokens.Length && i <= comma + MaxWordsBeforeRole; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsLower(text[tokens[i].Start]))
            {
                return false;
            }

            if (TokenText.LowerIn(NameWords.PersonTitles, text, tokens[i]) && i + 1 < tokens.Length
                && TokenText.Of(text, tokens[i + 1]) is "of" or "for" or "at" or ",")
            {
                return true;
            }
        }

        return false;
    }
}
