using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "The Freedom Party of Joerg Haider", "Rugova 's Democratic League of Kosovo": the tagger runs a body and the person who
/// leads it into one organisation. A person the document names elsewhere (by the same last word), or a known given name and
/// a surname, after "of" or before "'s" in an organisation's name is that person, and the rest is the body. It runs after
/// the passes that complete people's names, not with <see cref="PossessiveSplits"/> (a known place before "'s"): "de
/// Klerk 's National Party" is only "Klerk 's ..." before the particle is joined to its person.
/// </summary>
internal static class OwnerPersonSplits
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var count = merged.Count;
        for (var k = 0; k < count; k++)
        {
            var body = merged[k];
            if (body.Type != EntityTypes.Organization || body.Canonical is not null || body.LastToken - body.FirstToken < 2)
            {
                continue;
            }

            for (var j = body.FirstToken + 1; j < body.LastToken; j++)
            {
                if (TokenText.Is(text, tokens[j], "of") && j + 1 < body.LastToken + 1 && IsPerson(text, tokens, merged, j + 1, body.LastToken))
                {
                    merged[k] = body with { LastToken = j - 1, Evidence = NameEvidence.Strong };
                    merged.Add(new NameCandidate(j + 1, body.LastToken, EntityTypes.Person, null, NameEvidence.Strong));
                    break;
                }

                if (TokenText.Of(text, tokens[j]) is "'s" or "’s" && IsPerson(text, tokens, merged, body.FirstToken, j - 1))
                {
                    merged[k] = body with { FirstToken = j + 1, Evidence = NameEvidence.Strong };
                    merged.Add(new NameCandidate(body.FirstToken, j - 1, EntityTypes.Person, null, NameEvidence.Strong));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// One to three capitalised words that are a person: a known given name and a surname ("Joerg Haider"), or words whose
    /// last is the last word of a full name found elsewhere in the document ("Rugova" of "Ibrahim Rugova").
    /// </summary>
    private static bool IsPerson(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int first, int last)
    {
        if (last - first > 2)
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            // "Shareholders of Lucas Industries Plc": a firm's or body's word is no part of a person's name.
            if (tokens[i].Kind != TokenKind.Word || !TokenText.IsCapitalised(text, tokens[i]) || TokenText.IsAcronym(text, tokens[i])
                || TokenText.In(Data.NameWords.CompanyForms, TokenText.Of(text, tokens[i])) || TokenText.In(Data.NameWords.CompanyBusinessWords, TokenText.Of(text, tokens[i]))
                || TokenText.LowerIn(Data.NameWords.OrganizationHeads, text, tokens[i]))
            {
                return false;
            }
        }

        if (last > first && Data.FirstNames.Contains(TokenText.Of(text, tokens[first])) && !Data.Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, first, last)))
        {
            return true;
        }

        var surname = TokenText.Of(text, tokens[last]);
        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && (name.LastToken < first || name.FirstToken > last)
                && TokenText.Of(text, tokens[name.LastToken]).SequenceEqual(surname))
            {
                return true;
            }
        }

        return false;
    }
}
