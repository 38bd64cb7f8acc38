using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Completes a person's name of two words or more that stops one capitalised word short: "Kim Jong" + "Un", "Moon Jae" +
/// "In", "Donald Trump" + "Jr", and a lone given name ("Ravi" + "Seneviratne"); and a known given name before the name
/// ("Syed" + "Ali Shah Geelani"; a title that is also a given name only before one word: "Sheikh Hasina", but "Sheikh" +
/// "Zayed bin Sultan" stays a title). The tagger learnt that short words such as "Un" and "In" are rarely names, but right after a
/// two-word name, with nothing capitalised after them, they are its last part. The word must be free (no name holds it),
/// on the same line and in the same sentence, not a known name, title or date word, and never written in lower case in
/// the document; the word after it must not be capitalised, so a following name is never eaten. "Jr." and "Sr." written
/// with their full stop always end the name before them ("Cal Ripken Jr.").
/// </summary>
internal static class PersonTails
{
    private const int MaxWordsAfterTitle = 3;

    public static void Extend(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged, int[] owner, LowerCaseWordSet lowerCaseWords)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];

            // "Syed Ali Shah Geelani": a known given name right before the name the tagger found is its first part.
            var before = name.FirstToken - 1;
            if (name.Type == EntityTypes.Person && before >= 0 && owner[before] < 0 && tokens[before].Kind == TokenKind.Word
                && FirstNames.Contains(TokenText.Of(text, tokens[before]))
                && (name.LastToken == name.FirstToken || !TokenText.LowerIn(NameWords.PersonTitles, text, tokens[before]))
                && TokenText.OnSameLine(text, tokens[before], tokens[name.FirstToken]))
            {
                merged[k] = name = name with { FirstToken = before, Canonical = null };
                owner[before] = k;
            }

            var next = name.LastToken + 1;
            if (name.Type == EntityTypes.Person && next < tokens.Length && owner[next] < 0 && IsGenerationSuffix(text, tokens[next])
                && TokenText.OnSameLine(text, tokens[name.LastToken], tokens[next]))
            {
                // "Cal Ripken Jr.", "Griffey Jr.": the suffix is the name's last part, whatever follows.
                merged[k] = name with { LastToken = next, Canonical = null };
                owner[next] = k;
                continue;
            }

            // "Davis Love III": a free capitalised word and a roman generation numeral after a person's name are its last parts.
            if (name.Type == EntityTypes.Person && next + 1 < tokens.Length && owner[next] < 0 && owner[next + 1] < 0
                && TokenText.IsCapitalised(text, tokens[next]) && tokens[next].Kind == TokenKind.Word
                && TokenText.Of(text, tokens[next + 1]) is "II" or "III" or "IV"
                && TokenText.OnSameLine(text, tokens[name.LastToken], tokens[next + 1]))
            {
                merged[k] = name with { LastToken = next + 1, Canonical = null };
                owner[next] = owner[next + 1] = k;
                continue;
            }

            // "Assistant Sheriff" + "Doyle Campbell": where the tagger took the title alone, the free words after it are the person.
            if (name.Type == EntityTypes.Person && TitlesInsideNames.IsTitle(TokenText.Of(text, tokens[name.LastToken]))
                && PersonAfterTitle(text, tokens, sentenceStarts, owner, lowerCaseWords, name.LastToken) is { } person)
            {
                owner.AsSpan(name.FirstToken, name.LastToken - name.FirstToken + 1).Fill(-1);
                owner.AsSpan(person.First, person.Last - person.First + 1).Fill(k);
                merged[k] = name with { FirstToken = person.First, LastToken = person.Last, Canonical = null };
                continue;
            }

            // A lone given name is a name stopped short too ("Brigadier Ravi" + "Seneviratne" once the title is cut).
            // Not an initial: "Jack B . Weinstein" as tokenised text would make "B" a surname the document then finds everywhere.
            var loneGivenName = name.LastToken == name.FirstToken && FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken]))
                && next < tokens.Length && tokens[next].Length > 1;
            if (name.Type != EntityTypes.Person || (name.LastToken == name.FirstToken && !loneGivenName) || !IsFreeNameWord(text, tokens, sentenceStarts, owner, lowerCaseWords, name.LastToken, next))
            {
                continue;
            }

            // One free word closes the name ("Kim Jong" + "Un"), or two where the name already has two ("Aung San" + "Suu Kyi"):
            // a capitalised word after them starts another name.
            var last = next;
            if (CapitalisedAfter(text, tokens, sentenceStarts, next))
            {
                if (name.LastToken == name.FirstToken || !IsFreeNameWord(text, tokens, sentenceStarts, owner, lowerCaseWords, next, next + 1)
                    || CapitalisedAfter(text, tokens, sentenceStarts, next + 1) || FirstNames.Contains(TokenText.Of(text, tokens[next]))
                    || Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, next, next + 1)))
                {
                    continue;
                }

                last = next + 1;
            }

            // "Ian Greer" + "Associates": a firm's last word closes no person's name; the name is the person's firm.
            var type = CandidateMerger.EndsLikeAFirm(text, tokens[last]) ? EntityTypes.Organization : name.Type;
            merged[k] = name with { LastToken = last, Type = type, Canonical = null };
            owner.AsSpan(next, last - next + 1).Fill(k);
        }
    }

    /// <summary>Token <paramref name="next"/> is a capitalised word nothing holds, on the line of <paramref name="previous"/>, that is no title, known place or word the document writes in lower case.</summary>
    private static bool IsFreeNameWord(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, int[] owner, LowerCaseWordSet lowerCaseWords, int previous, int next)
        => next < tokens.Length && owner[next] < 0 && !sentenceStarts[next] && tokens[next].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[next])
           && TokenText.OnSameLine(text, tokens[previous], tokens[next]) && !NameWords.NotNames.Contains(TokenText.Of(text, tokens[next]))
           && !TokenText.LowerIn(NameWords.PersonTitles, text, tokens[next]) && !Gazetteer.Lookup.ContainsKey(TokenText.Of(text, tokens[next]))
           && !TokenText.LowerIn(lowerCaseWords, text, tokens[next]);

    /// <summary>One to three free capitalised words right after the title at <paramref name="title"/>, with no capitalised word after them, or null.</summary>
    private static (int First, int Last)? PersonAfterTitle(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, int[] owner, LowerCaseWordSet lowerCaseWords, int title)
    {
        var last = title;
        while (last - title < MaxWordsAfterTitle && IsFreeNameWord(text, tokens, sentenceStarts, owner, lowerCaseWords, last, last + 1))
        {
            last++;
        }

        return last > title && !CapitalisedAfter(text, tokens, sentenceStarts, last) ? (title + 1, last) : null;
    }

    private static bool CapitalisedAfter(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, int i)
        => i + 1 < tokens.Length && !sentenceStarts[i + 1] && TokenText.IsCapitalised(text, tokens[i + 1]);

    private static bool IsGenerationSuffix(string text, Token token) => TokenText.Of(text, token) is "Jr." or "Sr." or "Jnr" or "Snr" or "II" or "III" or "IV";
}
