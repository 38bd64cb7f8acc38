using NewsTrace.Text;

namespace NewsTrace.Time;

/// <summary>
/// The parts a calendar date is read from and the context that keeps a number from being one: day numbers and
/// ordinals, years, "d/m/y" digits, and the counted nouns, currencies and function words around them.
/// </summary>
internal sealed partial class TimexScan
{
    /// <summary>"on the 13th and", "the 13th at noon": words after which an ordinal stays a day rather than a rank ("the 5th round").</summary>
    private bool IsFunctionWord(int i)
        => IsWord(i, "and") || IsWord(i, "or") || IsWord(i, "but") || IsWord(i, "at") || IsWord(i, "in") || IsWord(i, "on") || IsWord(i, "to")
            || IsWord(i, "when") || IsWord(i, "after") || IsWord(i, "before") || IsWord(i, "by") || IsWord(i, "for") || IsWord(i, "until") || IsWord(i, "with");

    /// <summary>A plural noun after a number ("50 people", "75 lorries"), which makes the number a count.</summary>
    private bool IsCountedNoun(int i)
    {
        if (!IsLowerWord(i))
        {
            return false;
        }

        var word = TextOf(i);
        return (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal))
            || word.Equals("people", StringComparison.Ordinal) || word.Equals("percent", StringComparison.Ordinal)
            || word.Equals("men", StringComparison.Ordinal) || word.Equals("women", StringComparison.Ordinal) || word.Equals("children", StringComparison.Ordinal);
    }

    private bool IsCurrencyOrPercent(int j)
        => (j > 0 && _tokens[j - 1].Kind == TokenKind.Symbol && _tokens[j - 1].End == _tokens[j].Start)
            || (j + 1 < Count && _tokens[j + 1].Kind == TokenKind.Symbol && _text[_tokens[j + 1].Start] == '%')
            || IsWord(j + 1, "percent");

    /// <summary>"May" is a month only after a word that introduces one ("in May", "since May", "last May", "early May").</summary>
    private bool IsMonthContext(int i)
    {
        if (i < 0)
        {
            return false;
        }

        var word = W(i);
        return word.Is(TimeWordKinds.Shift) || word.Is(TimeWordKinds.Modifier)
            || IsWord(i, "in") || IsWord(i, "since") || IsWord(i, "until") || IsWord(i, "by") || IsWord(i, "during") || IsWord(i, "from")
            || IsWord(i, "before") || IsWord(i, "after") || IsWord(i, "through") || IsWord(i, "of") || IsWord(i, "end") || IsWord(i, "between");
    }

    /// <summary>A month written in full: abbreviations ("Jan.", "Sept") stand for months only with a day or year beside them.</summary>
    private bool IsFullMonthName(int i)
    {
        var text = TextOf(i);
        return text[^1] != '.' && (text.Length > 4 || text.Equals("may", StringComparison.OrdinalIgnoreCase)
            || text.Equals("june", StringComparison.OrdinalIgnoreCase) || text.Equals("july", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A day of the month: "13", "13th", "1st" (1-99, so that "October 75" can be caught as impossible).</summary>
    private bool TryDayNumber(int i, out int day)
    {
        day = 0;
        if (!IsNumberToken(i))
        {
            return false;
        }

        var text = TextOf(i);
        if (IsOrdinal(i))
        {
            text = text[..^2];
        }

        return text.Length is 1 or 2 && TryDigits(text, out day) && day >= 1;
    }

    private bool IsOrdinal(int i)
    {
        if (!IsNumberToken(i))
        {
            return false;
        }

        var text = TextOf(i);
        return text.Length is 3 or 4 && char.IsAsciiDigit(text[0])
            && (text.EndsWith("st", StringComparison.OrdinalIgnoreCase) || text.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
                || text.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || text.EndsWith("th", StringComparison.OrdinalIgnoreCase));
    }

    private bool TryYear(int i, out int year)
    {
        year = 0;
        return IsNumberToken(i) && TextOf(i) is { Length: 4 } text && TryDigits(text, out year) && year is >= 1000 and <= 2999;
    }

    /// <summary>"9/13/2023", "13.09.2023", "9/13/23": two one-or-two-digit parts and a year of two or four digits.</summary>
    private static bool TrySplitDate(ReadOnlySpan<char> text, char separator, out int first, out int second, out int year)
    {
        first = second = year = 0;
        var a = text.IndexOf(separator);
        if (a is < 1 or > 2)
        {
            return false;
        }

        var rest = text[(a + 1)..];
        var b = rest.IndexOf(separator);
        if (b is < 1 or > 2)
        {
            return false;
        }

        var yearText = rest[(b + 1)..];
        if (yearText.Length is not (2 or 4) || !TryDigits(text[..a], out first) || !TryDigits(rest[..b], out second) || !TryDigits(yearText, out year))
        {
            return false;
        }

        if (yearText.Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        return year is >= 1000 and <= 2999;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 6)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
