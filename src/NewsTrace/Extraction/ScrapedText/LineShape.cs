namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// The shape of one line: how many words, whether it ends like a sentence, how many words are capitalised, and how
/// often words are glued together ("HomeLatest NewsWorld"). These general signals, not site names, tell prose from chrome.
/// </summary>
public readonly record struct LineShape(int Length, int Words, int CapitalisedWords, int GluedJoins, bool EndsLikeSentence, bool IsTruncated, bool HasLetters)
{
    /// <summary>Lines of at least this many words that end like a sentence are prose.</summary>
    public const int ProseMinimumWords = 6;

    /// <summary>A line this long with hardly any spaces is prose of a script that does not space words (Thai, Chinese).</summary>
    public const int LongLineChars = 120;

    /// <summary>A line without a closing full stop this long is a paragraph, not a link to another article.</summary>
    public const int ParagraphMinimumWords = 30;

    /// <summary>Lines this long are prose even without a closing full stop (a paragraph cut short, a caption).</summary>
    public const int LongLineWords = 15;

    /// <summary>A sentence or a paragraph of article text, by shape alone.</summary>
    public bool IsProse => HasLetters && ((Words >= ProseMinimumWords && EndsLikeSentence && !IsTruncated)
        || (Words >= LongLineWords && CapitalisedRatio < 0.7) || (Length >= LongLineChars && Words < ProseMinimumWords));

    /// <summary>A paragraph whose closing full stop is missing: too long to be a link or a headline.</summary>
    public bool IsParagraphWithoutStop => HasLetters && (Words >= ParagraphMinimumWords || (Length >= LongLineChars && Words < ProseMinimumWords));

    /// <summary>A short sentence ("Whose?", "The vote was 7 to 2."): ends like one, whatever its length.</summary>
    public bool IsSentenceLike => HasLetters && EndsLikeSentence && !IsTruncated;

    /// <summary>Share of words that start with a capital letter: menus and headlines in title case are high.</summary>
    public double CapitalisedRatio => Words == 0 ? 0 : (double)CapitalisedWords / Words;

    public static LineShape Of(string line)
    {
        var text = line.Trim();
        var words = 0;
        var capitalised = 0;
        var glued = 0;
        var hasLetters = false;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                words++;
                inWord = true;
                if (char.IsUpper(c))
                {
                    capitalised++;
                }
            }

            if (char.IsLetter(c))
            {
                hasLetters = true;
                // "HomeLatest": a lower-case letter straight before a capital that starts a new word.
                if (i > 0 && char.IsUpper(c) && char.IsLower(text[i - 1]) && i + 1 < text.Length && char.IsLower(text[i + 1]))
                {
                    glued++;
                }
            }
        }

        return new LineShape(text.Length, words, capitalised, glued, EndsWithSentenceMark(text), IsCutShort(text), hasLetters);
    }

    private static bool IsCutShort(string text)
        => text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…') || text.EndsWith("[...]", StringComparison.Ordinal);

    private static bool EndsWithSentenceMark(string text)
    {
        var end = text.Length - 1;
        // Closing quotes, brackets and footnote marks may follow the full stop: «…said.”», «(see below.)».
        while (end >= 0 && text[end] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '*')
        {
            end--;
        }

        return end >= 0 && text[end] is '.' or '!' or '?' or '…' or ';' or '。' or '！' or '？';
    }
}
