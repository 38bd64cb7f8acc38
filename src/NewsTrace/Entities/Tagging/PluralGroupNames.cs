using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Hells Angels", "the Black Panthers", "the Rolling Stones": a name of several words after "the" whose last word is a
/// plural is a group (a gang, a band, a movement), which the tagger, seeing two capitalised words, reads as a person. A
/// person's name does not take "the" or end in a plural; a name opening with a given name is left alone. One plural word
/// after "the" is a team ("the Colts") unless the document names a person by its singular (a family, "the Kennedys").
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

        OneWordTeams(text, tokens, merged);
    }

    /// <summary>
    /// "the Colts", "the Titans": one plural word after "the" that no person of the document is named by in the singular
    /// (as "the Kennedys" are by "John Kennedy") is a team or a group, and so is every other mention of that word.
    /// </summary>
    private static void OneWordTeams(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        HashSet<string>? teams = null;
        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Person && name.LastToken == name.FirstToken && name.Canonical is null && name.FirstToken > 0
                && TokenText.Is(text, tokens[name.FirstToken - 1], "the") && TokenText.Of(text, tokens[name.FirstToken]) is var word && IsPlural(word)
                && !NamesSingular(text, tokens, merged, word))
            {
                (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(word.ToString());
            }
        }

        AddUnfoundNicknames(text, tokens, merged, ref teams);
        if (teams is null)
        {
            return;
        }

        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.LastToken == name.FirstToken && name.Canonical is null
                && teams.Contains(TokenText.Of(text, tokens[name.FirstToken]).ToString()))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
            }
        }
    }

    /// <summary>
    /// True when a person of several words ends in the plural's singular ("John Kennedy" for "Kennedys") or in the word
    /// itself, a surname in -s ("Terry Nichols" for "the Nichols trial").
    /// </summary>
    private static bool NamesSingular(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, ReadOnlySpan<char> plural)
    {
        var singular = plural[..^1];
        foreach (var other in merged)
        {
            if (other.Type == EntityTypes.Person && other.LastToken > other.FirstToken && TokenText.Of(text, tokens[other.LastToken]) is var surname
                && (surname.SequenceEqual(singular) || surname.SequenceEqual(plural)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Twelve years after the Colts left for Indianapolis": a team's nickname that is also a common word ("Colts", "Jets",
    /// "Saints") names the team only after its city, but capitalised after a lower-case "the" in the middle of a sentence,
    /// with nothing found there and no capitalised word after it, it is the team too.
    /// </summary>
    private static void AddUnfoundNicknames(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, ref HashSet<string>? teams)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            var word = TokenText.Of(text, tokens[i]);
            if (!IsPlural(word) || !char.IsUpper(word[0]) || !TokenText.In(SportsTeams.NicknamesAfterCity, word) || !TokenText.Is(text, tokens[i - 1], "the")
                || (i + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[i + 1])) || IsClaimed(merged, i)
                || NamesSingular(text, tokens, merged, word))
            {
                continue;
            }

            merged.Add(new NameCandidate(i, i, EntityTypes.Organization, null, NameEvidence.Likely));
            (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(word.ToString());
        }
    }

    private static bool IsClaimed(List<NameCandidate> merged, int token)
    {
        foreach (var name in merged)
        {
            if (name.FirstToken <= token && token <= name.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlural(ReadOnlySpan<char> word)
        => word.Length >= 4 && word[^1] == 's' && char.IsLower(word[^2]) && word[^2] is not ('s' or 'u' or 'i' or '\'');
}
