using System.Globalization;

namespace NewsTrace.Ingest;

/// <summary>
/// Parses RFC 822 / RFC 1123 dates as feeds and HTTP use them ("Thu, 19 Oct 2023 08:30:00 +0900",
/// "19 Oct 23 08:30 EDT"), tolerating a missing or wrong weekday, full month names and a missing zone.
/// </summary>
internal static class Rfc822DateParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0,
        ["UT"] = 0,
        ["UTC"] = 0,
        ["Z"] = 0,
        ["EST"] = -5,
        ["EDT"] = -4,
        ["CST"] = -6,
        ["CDT"] = -5,
        ["MST"] = -7,
        ["MDT"] = -6,
        ["PST"] = -8,
        ["PDT"] = -7,
    };

    public static bool TryParse(string value, out PublishDateParts result)
    {
        result = default;
        var tokens = value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        if (tokens.Length > 0 && tokens[0].Length >= 3 && char.IsLetter(tokens[0][0]))
        {
            index++; // weekday, not checked: feeds often get it wrong
        }

        if (tokens.Length - index < 3
            || !int.TryParse(tokens[index], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || MonthNumber(tokens[index + 1]) is not { } month
            || !TryParseYear(tokens[index + 2], out var year))
        {
            return false;
        }

        index += 3;
        if (day is < 1 or > 31 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        if (index == tokens.Length)
        {
            result = new PublishDateParts(date, null, null, false);
            return true;
        }

        if (!TryParseTime(tokens[index], out var time, out var hasSeconds))
        {
            return false;
        }

        index++;
        TimeSpan? offset = null;
        if (index < tokens.Length)
        {
            if (!TryParseZone(tokens[index], out var zone) || index + 1 != tokens.Length)
            {
                return false;
            }

            offset = zone;
        }

        result = new PublishDateParts(date, time, offset, hasSeconds);
        return true;
    }

    private static int? MonthNumber(string token)
    {
        if (token.Length < 3)
        {
            return null;
        }

        var index = Array.IndexOf(Months, token[..3].ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }

    private static bool TryParseYear(string token, out int year)
    {
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        if (token.Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
            return true;
        }

        return token.Length == 4 && year >= 1;
    }

    private static bool TryParseTime(string token, out TimeOnly time, out bool hasSeconds)
    {
        time = default;
        var parts = token.Split(':');
        hasSeconds = parts.Length == 3;
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        var values = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length is < 1 or > 2 || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        if (values[0] > 23 || values[1] > 59 || values[2] > 60)
        {
            return false;
        }

        time = new TimeOnly(values[0], values[1], Math.Min(values[2], 59));
        return true;
    }

    private static bool TryParseZone(string token, out TimeSpan offset)
    {
        offset = default;
        if (ZoneHours.TryGetValue(token, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        var digits = token.Replace(":", "", StringComparison.Ordinal);
        if (digits.Length != 5 || digits[0] is not ('+' or '-')
            || !int.TryParse(digits.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(digits.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || h > 14 || m > 59)
        {
            return false;
        }

        offset = new TimeSpan(h, m, 0);
        if (digits[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }
}
