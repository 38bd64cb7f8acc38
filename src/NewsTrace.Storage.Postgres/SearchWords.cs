using System.Globalization;

namespace NewsTrace.Storage.Postgres;

/// <summary>
/// The one word splitter behind both sides of full-text search: the vectors stored with articles
/// (<see cref="TsVectorBuilder"/>) and the queries run against them (<see cref="TsQueryBuilder"/>). A word is a run
/// of letters, digits and combining marks, lower-cased; everything else separates words. This is what SQLite's
/// unicode61 tokenizer does, and because the same code splits both sides, a query word always meets the stored word
/// it was typed as, whatever the database server's locale.
/// </summary>
internal static class SearchWords
{
    /// <summary>PostgreSQL refuses lexemes of 2 KB or more (in UTF-8); such a "word" is never meant as a search term.</summary>
    public const int MaximumWordLength = 512;

    /// <summary>The words of <paramref name="text"/> in order, lower-cased.</summary>
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var index = 0;
        while (index < text.Length)
        {
            var start = index;
            var hasBase = false;
            int width;
            CharacterKind kind;
            while (index < text.Length && (kind = KindAt(text, index, out width)) != CharacterKind.Separator)
            {
                hasBase |= kind == CharacterKind.Base;
                index += width;
            }

            // A run of combining marks alone (a stray accent) is not a word.
            if (index > start && hasBase && index - start <= MaximumWordLength)
            {
                words.Add(Lower(text.AsSpan(start, index - start)));
            }

            while (index < text.Length && KindAt(text, index, out width) == CharacterKind.Separator)
            {
                index += width;
            }
        }

        return words;
    }

    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return new string(lower);
    }

    /// <summary>What the character (or surrogate pair) at <paramref name="index"/> is, and how many code units it takes.</summary>
    private static CharacterKind KindAt(string text, int index, out int width)
    {
        var current = text[index];
        width = 1;
        if (current < 128)
        {
            return char.IsAsciiLetterOrDigit(current) ? CharacterKind.Base : CharacterKind.Separator;
        }

        UnicodeCategory category;
        if (char.IsHighSurrogate(current) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(current, text[index + 1]));
        }
        else if (char.IsSurrogate(current))
        {
            // An unpaired surrogate is not text at all.
            return CharacterKind.Separator;
        }
        else
        {
            category = CharUnicodeInfo.GetUnicodeCategory(current);
        }

        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharacterKind.Base,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharacterKind.Mark,
            _ => CharacterKind.Separator,
        };
    }

    private enum CharacterKind
    {
        Separator,
        Base,
        Mark,
    }
}
