using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Splits a person's name off the institution or country written right before it as one capitalised run: "chief
/// executive of the Refugee Forum Enver Salim" is the Refugee Forum and Enver Salim, "Ambassador to the United States
/// Hamdullah Mohib" the United States and Hamdullah Mohib. The run must open with a known place or organisation, or
/// with words ending in an organisation head ("Forum", "Council", "United"); the rest must be two or three capitalised
/// words, none of them a head or known name, that open with a known given name or follow a role ("executive of the",
/// "Ambassador to the"). Without one of those the run stays whole ("editor of the Morning Star Review").
/// </summary>
internal static class PersonAfterInstitution
{
    private const int MaxPersonWords = 3;

    /// <summary>Lower-case role nouns that take an institution after "of", "to", "for" or "at".</summary>
    private static readonly WordSet Roles = FrozenSet.ToFrozenSet(
    [
        "executive", "ceo", "chief", "head", "director", "chairman", "chairwoman", "chair", "president", "founder", "leader",
        "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "envoy", "curator", "editor", "manager",
        "coordinator", "researcher", "professor", "member", "representative", "deputy", "governor", "commissioner", "general",
    ], StringComparer.Ordinal);

    public static void Split(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = merged.Count - 1; k >= 0; k--)
        {
            var name = merged[k];
            if (name.LastToken - name.FirstToken < 2 || name.Type is not (EntityTypes.Person or EntityTypes.Organization))
            {
                continue;
            }

            // The longest institution first: "United States" + "Hamdullah Mohib", not "United" + "States Hamdullah Mohib".
            for (var split = name.LastToken - 1; split > name.FirstToken && split >= name.LastToken - MaxPersonWords + 1; split--)
            {
                if (PersonWords(text, tokens, split, name.LastToken)
                    && InstitutionType(text, tokens, name.FirstToken, split - 1) is { } institutionType
                    && (FirstNames.Contains(TokenText.Of(text, tokens[split])) || AfterRole(text, tokens, name.FirstToken)))
                {
                    var canonical = Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, name.FirstToken, split - 1), out var entry) ? entry.Canonical : null;
                    merged[k] = new NameCandidate(name.FirstToken, split - 1, institutionType, canonical, name.Evidence);
                    merged.Insert(k + 1, new NameCandidate(split, name.LastToken, EntityTypes.Person, null, name.Evidence));
                    break;
                }
            }
        }
    }

    /// <summary>Two or three capitalised words, none an organisation or place head, a title or a known name of anything.</summary>
    private static bool PersonWords(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var lower = TokenText.Lower(text, tokens[i]);
            if (tokens[i].Kind != TokenKind.Word || !TokenText.IsCapitalised(text, tokens[i]) || NameWords.OrganizationHeads.Contains(lower)
                || NameWords.LocationHeads.Contains(lower) || NameWords.PersonTitles.Contains(lower) || Gazetteer.Lookup.ContainsKey(TokenText.Of(text, tokens[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The type of a known place or organisation, or ORG for words ending in an organisation head; null otherwise.</summary>
    private static string? InstitutionType(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        if (Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, first, last), out var entry))
        {
            return entry.Type is EntityTypes.Geopolitical or EntityTypes.Location or EntityTypes.Organization ? entry.Type : null;
        }

        return TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[last]) ? EntityTypes.Organization : null;
    }

    /// <summary>"executive of the", "Ambassador to the", "head of": a role and its preposition right before the run.</summary>
    private static bool AfterRole(string text, ImmutableArray<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 0 && TokenText.Is(text, tokens[k], "the"))
        {
            k--;
        }

        if (k < 1 || !(TokenText.Is(text, tokens[k], "of") || TokenText.Is(text, tokens[k], "to") || TokenText.Is(text, tokens[k], "for") || TokenText.Is(text, tokens[k], "at")))
        {
            return false;
        }

        var role = TokenText.Lower(text, tokens[k - 1]);
        return NameWords.PersonTitles.Contains(role) || Roles.Contains(role);
    }
}
