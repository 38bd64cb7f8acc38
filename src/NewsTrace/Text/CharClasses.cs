using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsTrace.Text;

/// <summary>
/// Classifies characters for the tokenizer. Code units below <see cref="TableSize"/> (ASCII, Latin-1, Latin Extended,
/// Greek and Cyrillic: nearly all news text) come from a lookup table built once, so the hot loop does no
/// Unicode category look-ups; everything else falls back to <see cref="CharUnicodeInfo"/>.
/// </summary>
internal static class CharClasses
{
    internal const int TableSize = 0x500;

    private static readonly CharClass[] Table = BuildTable();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => c < TableSize ? Table[c] : Classify(c);

    /// <summary>The class of the code point at <paramref name="index"/>; <paramref name="width"/> is 2 for a surrogate pair.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass At(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        if (c < TableSize)
        {
            width = 1;
            return Table[c];
        }

        return ClassifyAt(text, index, out width);
    }

    /// <summary>True when the code point at <paramref name="index"/> (in bounds or not) is a word character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordAt(ReadOnlySpan<char> text, int index)
        => (uint)index < (uint)text.Length && (At(text, index, out _) & CharClass.Word) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterAt(ReadOnlySpan<char> text, int index)
        => (uint)index < (uint)text.Length && (At(text, index, out _) & CharClass.Letter) != 0;

    /// <summary>Quote marks of English, French, German, Russian and CJK typography. The backtick stands in for an opening quote in plain-text sources.</summary>
    public static bool IsQuoteMark(char c) => c switch
    {
        '"' or '\'' or '`' or '«' or '»' or '„' or '“' or '”' or '‘' or '’' or '‹' or '›' or '‚' or '‛' or '‟' or '「' or '」' or '『' or '』' => true,
        _ => false,
    };

    /// <summary>Format characters that may sit inside a word without splitting it: soft hyphen, zero-width (non-)joiner.</summary>
    public static bool IsWordJoiner(char c) => c is '\u00AD' or '\u200C' or '\u200D';

    private static CharClass ClassifyAt(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            var rune = new Rune(c, text[index + 1]);
            return FromCategory(Rune.GetUnicodeCategory(rune), isUpper: Rune.IsUpper(rune));
        }

        width = 1;
        return Classify(c);
    }

    private static CharClass Classify(char c)
    {
        if (IsQuoteMark(c))
        {
            return CharClass.QuoteMark;
        }

        if (char.IsWhiteSpace(c))
        {
            return CharClass.Skip;
        }

        // Unicode files these under "other punctuation", but in text they act like units and operators.
        if (c is '%' or '‰' or '‱' or '&' or '*' or '#' or '@' or '§' or '¶' or '†' or '‡' or '№')
        {
            return CharClass.Symbol;
        }

        return FromCategory(CharUnicodeInfo.GetUnicodeCategory(c), char.IsUpper(c));
    }

    private static CharClass FromCategory(UnicodeCategory category, bool isUpper)
    {
        switch (category)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                return CharClass.Letter | CharClass.Upper;
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return isUpper ? CharClass.Letter | CharClass.Upper : CharClass.Letter;
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.Digit;
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return CharClass.WordPart;
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
                return CharClass.Skip;
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.OtherPunctuation:
                return CharClass.Punctuation;
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
                return CharClass.QuoteMark;
            default:
                // Symbols, private use, unassigned and lone surrogates: a one-character token, never a crash.
                return CharClass.Symbol;
        }
    }

    private static CharClass[] BuildTable()
    {
        var table = new CharClass[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = Classify((char)c);
        }

        return table;
    }
}
