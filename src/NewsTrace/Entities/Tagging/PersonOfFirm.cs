using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "said Martijn de Groot of Kempen &amp; Co": an analyst named with the firm they work for. When the passes join the two into
/// one organisation, the name before "of" that opens with a known given name, or follows "said" or "analyst", is the
/// person, and the firm with its legal form after it the organisation.
/// </summary>
internal static class PersonOfFirm
{
    /// <summary>The most words a person's name before "of" may hold ("Martijn de Groot", "Anne-Marie van der Berg").</summary>
    private const int MaxPersonWords = 5;

    /// <summary>"said X of Y", "analyst X of Y": words that put a person, not a firm, right after them.</summary>
    private static bool IsPersonCue(ReadOnlySpan<char> word)
        => word is "said" or "says" or "analyst" or "economist" or "strategist" or "dealer" or "trader" or "broker";

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (TitledPersonOf(text, tokens, name) is var titledOf and > 0)
            {
                // "The Rev. Elijah Marchman of Cornerstone Baptist Church": the title stays outside, the person and the body part.
                merged[k] = new NameCandidate(name.FirstToken + 1, titledOf - 1, EntityTypes.Person, null, NameEvidence.Likely);
                merged.Add(name with { FirstToken = TokenText.Is(text, tokens[titledOf + 1], "the") ? titledOf + 2 : titledOf + 1, Canonical = null });
                continue;
            }

            if (name.Type != EntityTypes.Organization || name.Canonical is not null || name.LastToken - name.FirstToken < 3
                || !(FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])) || (name.FirstToken > 0 && IsPersonCue(TokenText.Of(text, tokens[name.FirstToken - 1]))))
                || !TokenText.LowerIn(NameWords.CompanyForms, text, tokens[name.LastToken]))
            {
                continue;
            }

            var of = name.FirstToken + 1;
            while (of < name.LastToken && of - name.FirstToken < MaxPersonWords && !TokenText.Is(text, tokens[of], "of"))
            {
                of++;
            }

            if (of >= name.LastToken - 1 || !TokenText.Is(text, tokens[of], "of") || (of == name.FirstToken + 1 && !TokenText.IsCapitalised(text, tokens[of - 1])))
            {
                continue;
            }

            merged[k] = new NameCandidate(name.FirstToken, of - 1, EntityTypes.Person, null, NameEvidence.Likely);
            merged.Add(name with { FirstToken = of + 1 });
        }
    }

    /// <summary>
    /// The "of" in an organisation that opens with a person's title and two or three capitalised words before it ("Rev.
    /// Elijah Marchman of Cornerstone Baptist Church", "Dr. Ana Ruiz of Mercy Hospital"); 0 otherwise.
    /// </summary>
    private static int TitledPersonOf(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        if (name.Type != EntityTypes.Organization || name.LastToken - name.FirstToken < 4
            || !TokenText.LowerIn(NameWords.PersonTitles, text, tokens[name.FirstToken]))
        {
            return 0;
        }

        for (var of = name.FirstToken + 3; of <= name.FirstToken + 4 && of < name.LastToken; of++)
        {
            if (TokenText.Is(text, tokens[of], "of"))
            {
                for (var i = name.FirstToken + 1; i < of; i++)
                {
                    if (!TokenText.IsCapitalised(text, tokens[i]) || tokens[i].Kind != TokenKind.Word)
                    {
                        return 0;
                    }
                }

                return of;
            }
        }

        return 0;
    }
}
