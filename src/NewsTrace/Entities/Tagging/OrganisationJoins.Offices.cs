using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Offices named "X of Y" or "X for Y" that run on after "and" ("Department of Fish and Wildlife", "Union for Democracy
/// and Social Progress"); a part of <see cref="OrganisationJoins"/>.
/// </summary>
internal static partial class OrganisationJoins
{
    /// <summary>
    /// "Department of Fish and Wildlife", "Ministry of Trade and Industry": an office named "X of Y" (or "X for Y") takes in "and" and up to
    /// three capitalised words nothing else claimed after it.
    /// </summary>
    private static void ExtendOffices(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var and = name.LastToken + 1;
            if (name.Type != EntityTypes.Organization || and + 1 >= tokens.Length || !TokenText.Is(text, tokens[and], "and")
                || !HeadBeforeOf(text, tokens, name))
            {
                continue;
            }

            // The words after "and" may be unclaimed, or a short organisation the tagger cut off ("Industry").
            var after = MergedNames.At(merged, and + 1);
            var last = and;
            if (after is { Type: EntityTypes.Organization, Canonical: null } cut && cut.FirstToken == and + 1 && cut.LastToken - and <= MaxWordsBeforeAnd
                && !Companies.Names.Contains(TokenText.Join(text, tokens, cut.FirstToken, cut.LastToken)))
            {
                last = cut.LastToken;
            }
            else if (after is { Type: EntityTypes.Person } word && word.FirstToken == and + 1 && word.LastToken == and + 1 && IsAbstractNoun(text, tokens[and + 1]))
            {
                // "Commission for Concord and Pacification": the tagger reads a lone capitalised abstract noun as a surname.
                last = and + 1;
            }
            else if (after is { Type: EntityTypes.Person, Canonical: null } words && words.FirstToken == and + 1 && words.LastToken > words.FirstToken
                     && words.LastToken - and <= MaxWordsBeforeAnd && NoGivenName(text, tokens, words))
            {
                // "Union for Democracy and Social Progress": two capitalised words with no given name among them, which the
                // tagger read as a person, end the office's name.
                last = words.LastToken;
            }
            else
            {
                while (last + 1 < tokens.Length && last - and < MaxWordsBeforeAnd && tokens[last + 1].Kind == TokenKind.Word
                       && TokenText.IsCapitalised(text, tokens[last + 1]) && TokenText.OnSameLine(text, tokens[and], tokens[last + 1])
                       && MergedNames.At(merged, last + 1) is null)
                {
                    last++;
                }
            }

            var continues = last + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[last + 1]) && TokenText.OnSameLine(text, tokens[last], tokens[last + 1]);
            if (last > and && !continues)
            {
                RemoveAfter(merged, and, last);
                k = merged.IndexOf(name);
                merged[k] = name with { LastToken = last, Canonical = null };
            }
        }
    }

    /// <summary>"Pacification", "Development", "Security": words no one is named, by their endings.</summary>
    private static bool IsAbstractNoun(string text, Token token)
    {
        var word = TokenText.Of(text, token);
        return !FirstNames.Contains(word) && word.Length > 6
               && (word.EndsWith("tion", StringComparison.Ordinal) || word.EndsWith("sion", StringComparison.Ordinal)
                   || word.EndsWith("ment", StringComparison.Ordinal) || word.EndsWith("ity", StringComparison.Ordinal)
                   || word.EndsWith("ance", StringComparison.Ordinal) || word.EndsWith("ence", StringComparison.Ordinal)
                   || word.EndsWith("ology", StringComparison.Ordinal) || word.EndsWith("ism", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the office is named "X of Y" or "X for Y" with an organisation's head word before the "of" ("Ministry of
    /// Trade", "Southern Philippines Council for Peace").
    /// </summary>
    private static bool HeadBeforeOf(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var i = name.FirstToken + 1; i < name.LastToken; i++)
        {
            if (TokenText.Is(text, tokens[i], "of") || TokenText.Is(text, tokens[i], "for"))
            {
                // "National Patriotic Front of Liberia and ...", "Royal Bank of Canada and ...": a body named after its country
                // or city is whole; what follows "and" is another name.
                if (i > name.FirstToken + 1 && !TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[name.FirstToken])
                    && Gazetteer.Lookup.TryGetValue(TokenText.Of(text, tokens[i + 1]), out var place) && place.Type is EntityTypes.Geopolitical or EntityTypes.Location)
                {
                    return false;
                }

                for (var h = name.FirstToken; h < i; h++)
                {
                    if (TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[h]))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private static bool NoGivenName(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var i = name.FirstToken; i <= name.LastToken; i++)
        {
            if (FirstNames.Contains(TokenText.Of(text, tokens[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the office is named "X of Y" or "X for Y" ("Centre for Research").</summary>
    private static bool HasOf(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var i = name.FirstToken + 1; i < name.LastToken; i++)
        {
            if (TokenText.Is(text, tokens[i], "of") || TokenText.Is(text, tokens[i], "for"))
            {
                return true;
            }
        }

        return false;
    }
}
