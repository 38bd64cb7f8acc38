using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "I'm Mario J. Lucero", "My name is Adaeze Okafor": the capitalised words a speaker introduces themselves with are their
/// name. Interviews and transcripts open this way, and the tagger, which learnt that words after "I'm" are rarely names
/// ("I'm Sorry", "I'm American"), passes over them or keeps only the given name. Two capitalised words or more (initials
/// count), or one known given name, on the cue's line; none of them a known place, nationality or other known name, and no
/// other name holding them, except a person the tagger cut short at the same first word, which is extended.
/// </summary>
internal static class SelfIntroductions
{
    private const int MaxWords = 4;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var first = NameAfterCue(text, tokens, i);
            if (first < 0 || first >= tokens.Length || !TokenText.OnSameLine(text, tokens[i], tokens[first]) || InTitleCaseLine(text, tokens, i))
            {
                continue;
            }

            var last = RunEnd(text, tokens, first);
            var words = last - first + 1;
            if (words == 0 || (words == 1 && !FirstNames.Contains(TokenText.Of(text, tokens[first]))))
            {
                continue;
            }

            var held = -1;
            var blocked = false;
            for (var k = 0; k < merged.Count && !blocked; k++)
            {
                if (merged[k].FirstToken <= last && first <= merged[k].LastToken)
                {
                    blocked = held >= 0 || merged[k].FirstToken != first || merged[k].Type != EntityTypes.Person;
                    held = k;
                }
            }

            if (blocked)
            {
                continue;
            }

            if (held >= 0)
            {
                merged[held] = merged[held] with { LastToken = Math.Max(last, merged[held].LastToken), Canonical = null };
            }
            else
            {
                merged.Add(new NameCandidate(first, last, EntityTypes.Person, null, NameEvidence.Likely));
            }

            i = last;
        }
    }

    /// <summary>
    /// "I'm Not Going Anywhere, Says Mayor": in a headline every long word is capitalised, so capitals name nothing. A line
    /// with three words of four letters or more and none of them in lower case.
    /// </summary>
    private static bool InTitleCaseLine(string text, ImmutableArray<Token> tokens, int cue)
    {
        var from = cue;
        while (from > 0 && TokenText.OnSameLine(text, tokens[from - 1], tokens[cue]))
        {
            from--;
        }

        var longWords = 0;
        for (var k = from; k < tokens.Length && TokenText.OnSameLine(text, tokens[cue], tokens[k]); k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Length >= 4)
            {
                if (!char.IsUpper(text[tokens[k].Start]))
                {
                    return false;
                }

                longWords++;
            }
        }

        return longWords >= 3;
    }

    /// <summary>The token after "I'm", "I am", "my name is" or "name's" at <paramref name="i"/>, or -1.</summary>
    private static int NameAfterCue(string text, ImmutableArray<Token> tokens, int i)
    {
        var word = TokenText.Of(text, tokens[i]);
        if (word is "I'm" or "I\u2019m")
        {
            return i + 1;
        }

        if (word is "I" && TokenText.Is(text, tokens[i + 1], "am"))
        {
            return i + 2;
        }

        if (TokenText.Is(text, tokens[i], "name") && i + 2 < tokens.Length && TokenText.Is(text, tokens[i + 1], "is")
            && i > 0 && TokenText.Is(text, tokens[i - 1], "my"))
        {
            return i + 2;
        }

        return TokenText.Of(text, tokens[i]) is "name's" or "name\u2019s" ? i + 1 : -1;
    }

    /// <summary>The last of the capitalised words and initials from <paramref name="first"/> on its line; first - 1 when a word is a known name or none is capitalised.</summary>
    private static int RunEnd(string text, ImmutableArray<Token> tokens, int first)
    {
        var last = first - 1;
        while (last + 1 < tokens.Length && last + 1 - first < MaxWords && TokenText.OnSameLine(text, tokens[first], tokens[last + 1])
               && tokens[last + 1].Kind is TokenKind.Word or TokenKind.Abbreviation && TokenText.IsCapitalised(text, tokens[last + 1]))
        {
            var word = TokenText.Of(text, tokens[last + 1]);
            if (Gazetteer.Lookup.ContainsKey(word) || NameWords.NotNames.Contains(word)
                || TokenText.LowerIn(NameWords.PersonTitles, text, tokens[last + 1]))
            {
                return first - 1;
            }

            last++;
        }

        // "I'm Mario J." ending a sentence: an initial is never the name's last word.
        while (last >= first && tokens[last].Kind == TokenKind.Abbreviation)
        {
            last--;
        }

        return last;
    }
}
