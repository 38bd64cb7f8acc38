using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "New Social Contract (NSC), the party founded by ...", "heads the Centre for Electoral Research (CER)": capitalised words
/// followed by their initials in brackets, with a word of a body near them, name that body, defined there with its acronym.
/// Where the tagger found nothing there, or read the words as a person or a nationality, both become an organisation, and
/// <see cref="NamePropagation"/> then finds them where they recur. Without such a word the defined words are as often a law,
/// a product or a measure ("Endangered Species Act (ESA)", "Internet Explorer (IE)", "Gross Domestic Product (GDP)"),
/// which are no entities; a place so defined ("United Arab Emirates (UAE)") is known already and keeps its reading.
/// </summary>
internal static class InitialledNames
{
    private const int MaxInitials = 6;

    /// <summary>Lower-case words an acronym passes over ("Centre for Electoral Research").</summary>
    private static readonly WordSet Connectors = FrozenSet.ToFrozenSet(["of", "for", "and", "the", "on", "in", "&"], StringComparer.Ordinal);

    /// <summary>How far from the definition a word of a body is looked for, before the name and after the bracket.</summary>
    private const int CueReach = 6;

    /// <summary>Words that say the defined name is a body: what it is, or what its people do.</summary>
    private static readonly WordSet BodyCues = FrozenSet.ToFrozenSet(
    [
        "party", "parties", "alliance", "coalition", "group", "movement", "union", "council", "body", "organisation", "organization",
        "agency", "institute", "foundation", "company", "firm", "association", "federation", "centre", "center", "founded", "heads",
        "headed", "leads", "led", "chairs", "chaired", "director", "spokesperson", "spokesman", "spokeswoman", "members", "member",
        "leader", "chief", "president", "secretary-general",
    ], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var open = 2; open + 2 < tokens.Length; open++)
        {
            if (TokenText.Of(text, tokens[open]) is not "(" || TokenText.Of(text, tokens[open + 2]) is not ")" || !TokenText.IsAcronym(text, tokens[open + 1]))
            {
                continue;
            }

            var acronym = TokenText.Of(text, tokens[open + 1]);
            if (acronym.Length < 2 || acronym.Length > MaxInitials || acronym.IndexOfAnyExceptInRange('A', 'Z') >= 0
                || FirstOfInitials(text, tokens, open - 1, acronym) is not (var first and >= 0) || !HasBodyCue(text, tokens, first, open + 2))
            {
                continue;
            }

            var name = new NameCandidate(first, open - 1, EntityTypes.Organization, null, NameEvidence.Strong);
            if (HoldsOnlyMisreadings(merged, first, open - 1) && MergedNames.TryReplace(merged, name)
                && HoldsOnlyMisreadings(merged, open + 1, open + 1))
            {
                MergedNames.TryReplace(merged, new NameCandidate(open + 1, open + 1, EntityTypes.Organization, null, NameEvidence.Strong));
            }
        }
    }

    /// <summary>The first token of the capitalised words ending at <paramref name="last"/> whose initials spell <paramref name="acronym"/>, or -1.</summary>
    private static int FirstOfInitials(string text, ImmutableArray<Token> tokens, int last, ReadOnlySpan<char> acronym)
    {
        var letter = acronym.Length - 1;
        var k = last;
        for (; k >= 0 && letter >= 0; k--)
        {
            if (tokens[k].Kind != TokenKind.Word || !TokenText.OnSameLine(text, tokens[k], tokens[last]))
            {
                return -1;
            }

            var word = TokenText.Of(text, tokens[k]);
            if (char.IsUpper(word[0]))
            {
                if (word[0] != acronym[letter])
                {
                    return -1;
                }

                letter--;
            }
            else if (k == last || !Connectors.Contains(word))
            {
                return -1;
            }
        }

        return letter < 0 ? k + 1 : -1;
    }

    private static bool HasBodyCue(string text, ImmutableArray<Token> tokens, int first, int close)
    {
        for (var k = Math.Max(0, first - CueReach); k <= Math.Min(tokens.Length - 1, close + CueReach); k++)
        {
            if ((k < first || k > close) && TokenText.LowerIn(BodyCues, text, tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every name inside the tokens is a person's or a nationality's, the tagger's usual misreadings of a body's words.</summary>
    private static bool HoldsOnlyMisreadings(List<NameCandidate> merged, int first, int last)
    {
        foreach (var name in merged)
        {
            if (name.FirstToken <= last && name.LastToken >= first && name.Type is not (EntityTypes.Person or EntityTypes.Nationality))
            {
                return false;
            }
        }

        return true;
    }
}
