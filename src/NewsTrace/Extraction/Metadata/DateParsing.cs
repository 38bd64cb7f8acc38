using System.Globalization;
using System.Text.RegularExpressions;
using NewsTrace.Documents;

namespace NewsTrace.Extraction.Metadata;

/// <summary>Reads publish dates in the forms pages use: ISO 8601 (in all its web variants), RFC 1123, and English prose dates.</summary>
public static partial class DateParsing
{
    private const string MonthPattern = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /// <summary>A machine-readable date: ISO 8601 (also with "+0000" offsets or long fractions) or RFC 1123.</summary>
    public static bool TryParseMachineDate(string? value, out PublishDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (PublishDate.TryParseIso(text, out date))
        {
            return true;
        }

        // "+0000" is common in feeds and meta tags; the ISO parser wants "+00:00".
        var compactOffset = CompactOffset().Match(text);
        if (compactOffset.Success && PublishDate.TryParseIso(string.Concat(text.AsSpan(0, compactOffset.Index), compactOffset.Groups["h"].Value, ":", compactOffset.Groups["m"].Value), out date))
        {
            return true;
        }

        // A form the ISO parser rejects (nine fraction digits, a space before the zone) still has a trustworthy day.
        if (text.Length > 10 && IsoDayPrefix().IsMatch(text) && PublishDate.TryParseIso(text.AsSpan(0, 10), out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out var rfc))
        {
            date = new PublishDate(DateOnly.FromDateTime(rfc.DateTime), TimeOnly.FromDateTime(rfc.DateTime), rfc.Offset, HasSeconds: true);
            return true;
        }

        return false;
    }

    /// <summary>The first English prose date in the text: "October 19, 2023", "Oct. 19 2023", "19 October 2023".</summary>
    public static bool TryParseProseDate(string? text, out PublishDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match match in ProseDate().Matches(text))
        {
            var month = MonthNumber(match.Groups["month"].Value);
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (month > 0 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new PublishDate(new DateOnly(year, month, day));
                return true;
            }
        }

        return false;
    }

    /// <summary>A machine date, else a prose date.</summary>
    public static bool TryParseAny(string? text, out PublishDate date)
        => TryParseMachineDate(text, out date) || TryParseProseDate(text, out date);

    /// <summary>A date in a URL path such as "/2023/10/19/".</summary>
    public static bool TryParseUrlDate(string? url, out PublishDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PublishDate(new DateOnly(year, month, day));
        return true;
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => 0,
    };

    [GeneratedRegex(@"(?<h>[+-]\d{2})(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDayPrefix();

    [GeneratedRegex(@"\b(?:" + MonthPattern + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthPattern + @"\.?,?\s+(?<year>(?:19|20)\d{2}))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ProseDate();

    [GeneratedRegex(@"/(?<year>(?:19|20)\d{2})/(?<month>0?[1-9]|1[0-2])/(?<day>0?[1-9]|[12]\d|3[01])(?:/|$|[^\d])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UrlDate();
}
