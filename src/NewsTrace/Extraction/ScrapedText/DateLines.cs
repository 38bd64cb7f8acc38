using System.Globalization;
using System.Text.RegularExpressions;
using NewsTrace.Documents;
using NewsTrace.Extraction.Metadata;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Date lines of scraped pages: "Date: May 30, 2024 Time: 19:57:47", "date 2024-01-25 WORLD", "Published 30 May 2024,
/// 09:30", "October 19, 2023 10:30 AM", "Thursday 21 November 2024". The date is read with <see cref="DateParsing"/>;
/// a clock time on the same line is kept (no offset unless the line names UTC/GMT).
/// </summary>
public static partial class DateLines
{
    /// <summary>Longer lines are sentences that mention a date, not date lines.</summary>
    public const int MaximumLength = 80;

    // Besides the date, a date line holds labels, weekdays, a time and at most this many other words ("WORLD").
    private const int MaximumOtherWords = 2;

    /// <summary>A line that is essentially a date.</summary>
    public static bool TryRead(string line, out PublishDate date, out DateLineLabel label)
    {
        label = DateLineLabel.None;
        if (line.Length > MaximumLength || !TryFind(line, out date, out var rest))
        {
            date = default;
            return false;
        }

        var otherWords = 0;
        foreach (Match word in Word().Matches(rest))
        {
            var lower = word.Value.ToLowerInvariant();
            if (PublishedWords().IsMatch(lower))
            {
                label = DateLineLabel.Published;
            }
            else if (UpdatedWords().IsMatch(lower))
            {
                label = label == DateLineLabel.Published ? label : DateLineLabel.Updated;
            }
            else if (!FillerWords().IsMatch(lower))
            {
                otherWords++;
            }
        }

        return otherWords <= MaximumOtherWords;
    }

    /// <summary>The first date in <paramref name="text"/>, with the clock time that follows it; <paramref name="rest"/> is the text without them.</summary>
    public static bool TryFind(string text, out PublishDate date, out string rest)
    {
        date = default;
        rest = text;
        var iso = IsoDate().Match(text);
        var prose = ProseDate().Match(text);
        Match match;
        if (iso.Success && (!prose.Success || iso.Index <= prose.Index) && DateParsing.TryParseMachineDate(iso.Value, out date))
        {
            match = iso;
        }
        else if (prose.Success && DateParsing.TryParseProseDate(prose.Value, out date))
        {
            match = prose;
        }
        else
        {
            return false;
        }

        var dateEnd = match.Index + match.Length;
        rest = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(dateEnd));
        if (date.Time is null)
        {
            var time = Clock().Match(text, dateEnd);
            if (time.Success && TryTime(time, out var clock, out var hasSeconds))
            {
                var offset = time.Groups["utc"].Success ? Offset(time) : (TimeSpan?)null;
                date = date with { Time = clock, HasSeconds = hasSeconds, Offset = offset };
                rest = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(time.Index + time.Length));
            }
        }

        return true;
    }

    /// <summary>Where the first date of <paramref name="text"/> starts, or -1.</summary>
    public static int IndexOfDate(string text)
    {
        var iso = IsoDate().Match(text);
        var prose = ProseDate().Match(text);
        return (iso.Success, prose.Success) switch
        {
            (true, true) => Math.Min(iso.Index, prose.Index),
            (true, false) => iso.Index,
            (false, true) => prose.Index,
            _ => -1,
        };
    }

    private static bool TryTime(Match time, out TimeOnly clock, out bool hasSeconds)
    {
        clock = default;
        var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture);
        hasSeconds = time.Groups["s"].Success;
        var second = hasSeconds ? int.Parse(time.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (time.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var pm = char.ToLowerInvariant(time.Groups["ampm"].Value[0]) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        clock = new TimeOnly(hour, minute, second);
        return true;
    }

    private static TimeSpan Offset(Match time)
    {
        if (!time.Groups["oh"].Success)
        {
            return TimeSpan.Zero;
        }

        var hours = int.Parse(time.Groups["oh"].Value, CultureInfo.InvariantCulture);
        var minutes = time.Groups["om"].Success ? int.Parse(time.Groups["om"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = new TimeSpan(Math.Min(hours, 14), Math.Min(minutes, 59), 0);
        return time.Groups["sign"].Value == "-" ? -offset : offset;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // The same shapes DateParsing reads; here only to find where the date is, so the rest of the line can be judged.
    [GeneratedRegex(@"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProseDate();

    // 19:57:47, 09:30, 7:57 pm, 6.40pm; optionally "UTC", "GMT+3".
    [GeneratedRegex(@"\G(?:[^\d]{0,12}?)\b(?<h>\d{1,2})(?::(?<m>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<ampm>[ap])\.?\s?m\b\.?)?|\.(?<m>\d{2})\s*(?<ampm>[ap])\.?\s?m\b\.?)(?:\s*(?<utc>UTC|GMT)(?:\s*(?<sign>[+-])(?<oh>\d{1,2})(?::?(?<om>\d{2}))?)?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:published|posted|date|dated|publication|released|veröffentlicht|publié|publicado|опубликовано)$", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedWords();

    [GeneratedRegex(@"^(?:updated|update|modified|last|edited|aktualisiert|mis|jour|actualizado|обновлено)$", RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedWords();

    [GeneratedRegex(@"^(?:on|at|time|am|pm|a|p|m|utc|gmt|est|edt|cst|cdt|pst|pdt|bst|cet|cest|eet|eest|msk|ist|jst|kst|et|pt|hrs|h|the|of|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|um|le|à|el|в)$", RegexOptions.CultureInvariant)]
    private static partial Regex FillerWords();
}
