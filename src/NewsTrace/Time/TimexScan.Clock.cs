using System.Globalization;
using NewsTrace.Text;

namespace NewsTrace.Time;

/// <summary>Clock times: "19:57", "7:57 pm", "9 a.m.", "7pm", "noon", "midnight", on the day named earlier in the sentence or the document date.</summary>
internal sealed partial class TimexScan
{
    private bool TryClock(int j, out TimexMatch match)
    {
        match = default;
        int hour, minute = 0, end;
        if (IsWord(j, "noon") || IsWord(j, "midday"))
        {
            (hour, end) = (12, j + 1);
        }
        else if (IsWord(j, "midnight"))
        {
            (hour, end) = (24, j + 1);
        }
        else if (IsNumberToken(j) && TryClockText(TextOf(j), out hour, out minute, out var meridiem))
        {
            end = j + 1;
            if (meridiem is null && TryMeridiem(j + 1, out var following))
            {
                meridiem = following;
                end++;
            }

            // A bare number is a time only with a.m./p.m.: "9 a.m." yes, "9 people" no.
            if (meridiem is null && !TextOf(j).Contains(':'))
            {
                return false;
            }

            if (meridiem is { } pm)
            {
                if (hour is < 1 or > 12)
                {
                    return false;
                }

                hour = (hour % 12) + (pm ? 12 : 0);
            }
        }
        else
        {
            return false;
        }

        var day = DayForTime(end);
        var value = day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{TimexValues.Day(d)}T{hour:00}:{minute:00}") : null;
        match = new TimexMatch(j, end, TimexMatch.Time, value);
        return true;
    }

    /// <summary>
    /// The day of a clock time: the day right after it ("at 19:57 on Wednesday"), else the last day named (as HeidelTime does),
    /// else the document date.
    /// </summary>
    private DateOnly? DayForTime(int end)
    {
        var at = IsWord(end, "on") ? end + 1 : end;
        if (at < Count && (TryWeekdayDate(at, out var date) || TryAbsolute(at, out date) || TryRelativeDay(at, out date) || TryWeekday(at, out date)) && date.Day is { } day)
        {
            return day;
        }

        return Reference;
    }

    /// <summary>"19:57", "7:57", "7pm", "7:30am", "9" (a bare hour, which needs a following a.m./p.m.).</summary>
    private static bool TryClockText(ReadOnlySpan<char> text, out int hour, out int minute, out bool? meridiem)
    {
        hour = minute = 0;
        meridiem = null;
        if (text.EndsWith("am", StringComparison.OrdinalIgnoreCase) || text.EndsWith("pm", StringComparison.OrdinalIgnoreCase))
        {
            meridiem = char.ToLowerInvariant(text[^2]) == 'p';
            text = text[..^2];
        }

        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return text.Length is 1 or 2 && TryDigits(text, out hour) && hour <= 24;
        }

        return colon is 1 or 2 && text.Length == colon + 3 && TryDigits(text[..colon], out hour) && TryDigits(text[(colon + 1)..], out minute)
            && hour <= 24 && minute < 60;
    }

    private bool TryMeridiem(int i, out bool pm)
    {
        pm = false;
        if (i >= Count || _tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        var text = TextOf(i);
        if (text.Equals("am", StringComparison.OrdinalIgnoreCase) || text.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || text.Equals("a.m", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        pm = true;
        return text.Equals("pm", StringComparison.OrdinalIgnoreCase) || text.Equals("p.m.", StringComparison.OrdinalIgnoreCase) || text.Equals("p.m", StringComparison.OrdinalIgnoreCase);
    }
}
