using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Ghana Cocoa Board ( Cocobod ) ... Cocobod said on Friday": a one-word name the document has already shown to be an
/// organisation (in brackets after its full name, after "cement maker", with shares moving, or as the name before a
/// party's head word: "Reform" of "the Reform Party", or the first word of a company's name given with its legal form:
/// "Norrvik" of "Norrvik Skog AB") is that organisation where the tagger read it alone as a person
/// ("Cocobod said" looks like a surname and a cue). Not where the document names a person of two words or more holding
/// that word ("Ford" beside "Gerald Ford"), nor a person the lists know.
/// </summary>
/// <remarks>Compares the names' words in place: the lists are short, and a set of their strings cost every document.</remarks>
internal static class OneWordOrganisations
{
    /// <summary>
    /// Heads of parties and movements, whose name alone stands for them ("Reform", "Likud"); not of police forces, councils
    /// or departments, whose first word is most often a place ("Staunton Police").
    /// </summary>
    private static readonly WordSet MovementHeads = FrozenSet.ToFrozenSet(["party", "alliance", "movement", "front", "league", "coalition", "bloc"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.Canonical is null && name.FirstToken == name.LastToken)
            {
                var word = TokenText.Of(text, tokens[name.FirstToken]);
                if (NamesOrganisation(text, tokens, merged, word) && !InLongerPersonsName(text, tokens, merged, word))
                {
                    merged[k] = name with { Type = EntityTypes.Organization };
                }
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> alone is an organisation in the list, or the name before a party's head word.</summary>
    private static bool NamesOrganisation(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, ReadOnlySpan<char> word)
    {
        foreach (var other in merged)
        {
            if (other.Type != EntityTypes.Organization || !TokenText.Of(text, tokens[other.FirstToken]).SequenceEqual(word))
            {
                continue;
            }

            // "the Reform group chair" after "the Reform Party": a body of a name and its head word is called by the name too.
            if (other.FirstToken == other.LastToken
                || (other.LastToken == other.FirstToken + 1 && !TokenText.IsAcronym(text, tokens[other.FirstToken]) && TokenText.LowerIn(MovementHeads, text, tokens[other.LastToken])))
            {
                return true;
            }

            // "Norrvik , which already owns ..." after "Norrvik Skog AB": a company is called by its first word once its full
            // name, ending in a legal form, has been given.
            if (other.LastToken > other.FirstToken && TokenText.IsCapitalised(text, tokens[other.LastToken])
                && TokenText.LowerIn(Data.NameWords.CompanyForms, text, tokens[other.LastToken]) && !TokenText.LowerIn(MovementHeads, text, tokens[other.LastToken]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a person of two words or more holds <paramref name="word"/>: the document's people's words are people's words.</summary>
    private static bool InLongerPersonsName(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, ReadOnlySpan<char> word)
    {
        foreach (var other in merged)
        {
            if (other.Type != EntityTypes.Person || other.LastToken == other.FirstToken)
            {
                continue;
            }

            for (var i = other.FirstToken; i <= other.LastToken; i++)
            {
                if (TokenText.Of(text, tokens[i]).SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
