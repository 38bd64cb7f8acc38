using NewsTrace.Documents;

namespace NewsTrace.Time.Consistency;

/// <summary>
/// The page's own publish date where the text shows it: a line such as "Posted on: 04/03/2025 Time: 06:12:09" or a ticker
/// "Monday, March 4, 2025 Trending: ...". Such a date restates the publish date; it describes no event, so neither the
/// republication check nor the timeline may take it for one.
/// </summary>
public static class ShownDates
{
    /// <summary>How far a shown date may be from the publish date (time zones: a page published late in the evening).</summary>
    private const int ToleranceDays = 1;

    /// <summary>Longest label before a shown date ("Posted on:", "Published:", "Date:") taken into the anomaly's span.</summary>
    private const int MaxLabelLength = 24;

    /// <summary>
    /// True when the date at <paramref name="span"/> (covering <paramref name="period"/>) is the publish date shown by the page: a
    /// day within a day of <paramref name="published"/>, on a short line that is not prose (it neither ends like a sentence
    /// nor holds one that ends inside it).
    /// </summary>
    public static bool IsShownPublishDate(string text, TextSpan span, CalendarPeriod period, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (period.Precision != DatePrecision.Day || Math.Abs(period.First.DayNumber - published.DayNumber) > ToleranceDays)
        {
            return false;
        }

        var line = LineAround(text, span).Trim();
        return line.Length is > 0 and <= MaxLineLength && line[^1] is not ('.' or '!' or '?' or ':' or '"' or '”' or '’' or ')')
            && !line.Contains(". ", StringComparison.Ordinal);
    }

    /// <summary>Longest line that can be a date line or ticker; a longer one is a paragraph, whatever its last character.</summary>
    private const int MaxLineLength = 160;

    /// <summary>The shown date with its label when the line gives one ("Posted on: 04/03/2025"), else the date alone.</summary>
    public static TextSpan WithLabel(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var prefix = text.AsSpan(lineStart, span.Start - lineStart);
        var trimmed = prefix.Trim();
        if (trimmed.Length is < 2 or > MaxLabelLength || trimmed[^1] != ':')
        {
            return span;
        }

        foreach (var c in trimmed[..^1])
        {
            if (!char.IsLetter(c) && c != ' ')
            {
                return span;
            }
        }

        var labelStart = lineStart + (prefix.Length - prefix.TrimStart().Length);
        return new TextSpan(labelStart, span.End);
    }

    /// <summary>True when the shown date carries a label such as "Posted on:".</summary>
    public static bool HasLabel(string text, TextSpan span) => WithLabel(text, span) != span;

    private static ReadOnlySpan<char> LineAround(string text, TextSpan span)
    {
        var start = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var end = text.IndexOf('\n', span.End);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }
}
