using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Kurdistan Workers ' Party", "the Transport Workers' Union", "Farmers' Association": a plural possessive inside a
/// body's name. The apostrophe after a capitalised plural reads as a closing quote mark, so the tagger ends a name at the
/// plural and starts another after it. When the capitalised words after the apostrophe end in a body's head word
/// (<see cref="NameWords.OrganizationHeads"/>), the words on both sides are one organisation, unless both sides hold two
/// words or more (an owner and what it owns).
/// </summary>
internal static class PluralPossessiveNames
{
    /// <summary>Capitalised words taken on each side of the apostrophe ("Sri Lanka Freedom Farmers '").</summary>
    private const int MaxWordsEachSide = 4;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var next = 0;

        // The plural before the apostrophe is capitalised: the document's capitalised tokens are the only places to look.
        foreach (var plural in CapitalisedTokens.Of(text, tokens))
        {
            var i = plural + 1;

            // A name the lists know with its apostrophe ("Kurdistan Workers' Party") is found already.
            if (plural < next || i + 1 >= tokens.Length || !IsApostrophe(text, tokens[i]) || !IsCapitalisedPlural(text, tokens[i - 1]) || !TokenText.OnSameLine(text, tokens[i - 1], tokens[i + 1])
                || MergedNames.At(merged, i) is not null)
            {
                continue;
            }

            // A name found over the words before the apostrophe gives their start ("the [Kurdistan Workers]"); otherwise the
            // capitalised words before it do, short of an article that opens the sentence ("The Transport Workers' Union").
            var first = i - 1;
            if (MergedNames.At(merged, i - 1) is { } before && before.LastToken == i - 1)
            {
                first = before.FirstToken;
            }
            else
            {
                while (first - 1 >= 0 && i - first < MaxWordsEachSide && tokens[first - 1].Kind == TokenKind.Word
                       && TokenText.IsCapitalised(text, tokens[first - 1]) && TokenText.Of(text, tokens[first - 1]) is not ("The" or "A" or "An")
                       && TokenText.OnSameLine(text, tokens[first - 1], tokens[i]))
                {
                    first--;
                }
            }

            var last = i;
            while (last + 1 < tokens.Length && last - i < MaxWordsEachSide && tokens[last + 1].Kind == TokenKind.Word
                   && TokenText.IsCapitalised(text, tokens[last + 1]))
            {
                last++;
            }

            // "the Union of Concerned Scientists' Scientific Integrity Program": a name of its own on each side is an owner and
            // what it owns; the body's name runs on over the apostrophe when one side is a single word ("Workers' Union",
            // "Peoples' Democratic Party").
            if (last == i || !TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[last]) || (last - i >= 2 && i - first >= 2))
            {
                continue;
            }

            MergedNames.TryReplace(merged, new NameCandidate(first, last, EntityTypes.Organization, null, NameEvidence.Strong));
            next = last + 1;
        }
    }

    private static bool IsApostrophe(string text, Token token) => token.Length == 1 && text[token.Start] is '\'' or '\u2019';

    /// <summary>"Workers", "Peoples", "Farmers": a capitalised word ending in a plural "s" (not "'s", not an all-capital acronym).</summary>
    private static bool IsCapitalisedPlural(string text, Token token)
    {
        var word = TokenText.Of(text, token);
        return token.Kind == TokenKind.Word && word.Length > 3 && char.IsUpper(word[0]) && word[^1] == 's' && char.IsLower(word[^2]);
    }
}
