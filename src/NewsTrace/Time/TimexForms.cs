using NewsTrace.Text;

namespace NewsTrace.Time;

/// <summary>
/// How a date expression is written, which decides what it can prove. A written-out date ("Oct. 17", "13 September 2023",
/// "March 2022", "9/13/2023") names its day or month itself; a relative one ("on Wednesday", "last month", "a week ago")
/// only counts from the publish date, so it agrees with any publish date and proves nothing about it.
/// </summary>
public static class TimexForms
{
    /// <summary>True when <paramref name="expression"/> names its date with a month name or digits and no relative word.</summary>
    public static bool IsWrittenOut(ReadOnlySpan<char> expression)
    {
        var named = false;
        foreach (var token in Tokenizer.Enumerate(expression))
        {
            var text = expression[token.Start..token.End];
            if (token.Kind == TokenKind.Number)
            {
                named = true;
                continue;
            }

            var word = TimeLexicon.Lookup(text);
            if (word.Is(TimeWordKinds.Shift) || word.Is(TimeWordKinds.Ago) || word.Is(TimeWordKinds.Later) || word.Is(TimeWordKinds.RelativeDay)
                || word.Is(TimeWordKinds.PresentRef) || word.Is(TimeWordKinds.PastRef))
            {
                return false;
            }

            named |= word.Is(TimeWordKinds.Month);
        }

        return named;
    }

    /// <summary>True when <paramref name="expression"/> names a year with four digits ("Oct. 17, 2024", "March 2022", "2023-09-13", "9/13/2023").</summary>
    public static bool HasYear(ReadOnlySpan<char> expression)
    {
        foreach (var token in Tokenizer.Enumerate(expression))
        {
            var text = expression[token.Start..token.End];
            if (token.Kind != TokenKind.Number)
            {
                continue;
            }

            var run = 0;
            foreach (var c in text)
            {
                run = char.IsAsciiDigit(c) ? run + 1 : 0;
                if (run == 4)
                {
                    return true;
                }
            }

            // "9/13/23": a two-digit year after the second separator.
            if (text.Count('/') == 2 || text.Count('.') == 2 || text.Count('-') == 2)
            {
                return true;
            }
        }

        return false;
    }
}
