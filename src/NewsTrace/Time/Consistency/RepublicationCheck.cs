using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsTrace.Documents;

namespace NewsTrace.Time.Consistency;

/// <summary>
/// Flags a publish date long after every event the article dates: old content shown as new (content farms copy a report
/// months later under the day they copied it).
/// </summary>
/// <remarks>
/// <para>
/// Evidence is only what can contradict the publish date: dates written out to the day or the month ("Oct. 17",
/// "13 September 2023", "March 2022"). Relative ones ("on Wednesday", "last month") are resolved against the publish date and
/// agree with any; years alone are too coarse; the page's own shown date ("Posted on: 04/03/2025") restates it. When one
/// such date is within <see cref="StaleAfterDays"/> of the publish date (or after it), the article is current.
/// </para>
/// <para>
/// Old dates alone are not enough: analyses and anniversaries name old dates too. One of two signs must say that the
/// text was written back then:
/// </para>
/// <list type="bullet">
/// <item>a <b>dateline</b> more than <see cref="StaleAfterDays"/> old ("DORVAN, Oct. 17 (Meridian) —"): a report is dated on
/// the day it is filed, so that is the original date, and the text's relative dates are resolved against it;</item>
/// <item>no relative day at all ("on Wednesday", "yesterday") and the latest date written <b>without a year</b> in a year
/// before the publish year ("August 18" on a page shown as May 2024): news style leaves the year out only for dates of the
/// current year, so the text was written in that earlier year.</item>
/// </list>
/// </remarks>
public static partial class RepublicationCheck
{
    /// <summary>How old the latest dated event must be, in days before the publish date, for the content to count as old.</summary>
    public const int StaleAfterDays = 60;

    /// <summary>Looks for republished content in <paramref name="text"/>, given its tagged <paramref name="timexes"/> and its <paramref name="published"/> date.</summary>
    public static Republication? Find(string text, ImmutableArray<Timex> timexes, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);

        // No news article is dated at the ends of the calendar, and date arithmetic there would overflow.
        if (timexes.IsDefaultOrEmpty || published.Year is < 100 or > 9899)
        {
            return null;
        }

        var shown = new List<TextSpan>();
        var evidence = new List<(Timex Timex, CalendarPeriod Period)>();
        var relativeDays = false;
        foreach (var timex in timexes)
        {
            if (timex.Type is not ("DATE" or "TIME") || timex.Value is null)
            {
                continue;
            }

            var expression = timex.Span.Of(text);
            var writtenOut = TimexForms.IsWrittenOut(expression);
            if (!CalendarPeriod.TryParse(timex.Value, out var period))
            {
                // A week ("next week", "2024-W42") or a weekend counts from the publish date like a weekday does.
                relativeDays |= !writtenOut && timex.Value.Contains("-W", StringComparison.Ordinal);
                continue;
            }

            if (!writtenOut)
            {
                relativeDays |= period.Precision == DatePrecision.Day;
                continue;
            }

            if (period.Precision == DatePrecision.Year)
            {
                continue;
            }

            if (ShownDates.IsShownPublishDate(text, timex.Span, period, published))
            {
                shown.Add(timex.Span);
                continue;
            }

            evidence.Add((timex, period));
        }

        if (evidence.Count == 0)
        {
            return null;
        }

        var latest = evidence.MaxBy(e => e.Period.Last);
        if (latest.Period.Last >= published.AddDays(-StaleAfterDays))
        {
            return null;
        }

        var dateline = evidence.Find(e => e.Period.Precision == DatePrecision.Day && IsDateline(text, e.Timex.Span));
        var span = ShownSpan(text, shown);
        var latestDays = published.DayNumber - latest.Period.Last.DayNumber;
        if (dateline.Timex is not null)
        {
            var original = dateline.Period.First;
            var days = published.DayNumber - original.DayNumber;
            return new Republication(
                span ?? dateline.Timex.Span,
                original,
                latest.Period.Last,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"shown as published {Day(published)}, but its dateline is {Day(original)} ({days} days earlier) and nothing in it is dated later: old content republished; its relative dates are resolved against {Day(original)}"));
        }

        if (!relativeDays && latest.Period.Precision == DatePrecision.Day && latest.Period.First.Year < published.Year
            && !TimexForms.HasYear(latest.Timex.Span.Of(text)))
        {
            return new Republication(
                span ?? latest.Timex.Span,
                null,
                latest.Period.Last,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"shown as published {Day(published)}, but the latest date it names is {Day(latest.Period.First)} ({latestDays} days earlier, written without a year, so in the year it was written) and nothing in it is more recent: old content republished"));
        }

        return null;
    }

    /// <summary>
    /// A dateline: the date right after the place at the start of a line, before the agency and a dash
    /// ("DORVAN, Oct. 17 (Meridian) —", "Halvern, 16 October –").
    /// </summary>
    private static bool IsDateline(string text, TextSpan span)
    {
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var before = text.AsSpan(lineStart, span.Start - lineStart);
        var after = text.AsSpan(span.End, Math.Min(MaxDatelineTail, text.Length - span.End));
        return DatelinePlace().IsMatch(before) && DatelineTail().IsMatch(after);
    }

    private const int MaxDatelineTail = 64;

    /// <summary>The shown publish date to point at: a labelled one first ("Posted on: ..."), else the first one.</summary>
    private static TextSpan? ShownSpan(string text, List<TextSpan> shown)
    {
        foreach (var span in shown)
        {
            if (ShownDates.HasLabel(text, span))
            {
                return ShownDates.WithLabel(text, span);
            }
        }

        return shown.Count > 0 ? shown[0] : null;
    }

    private static string Day(DateOnly date) => TimexValues.Day(date);

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}\p{M} .'’-]{1,40},\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"^(?:,?\s*\d{4})?\s*(?:\([^)\n]{1,40}\))?\s*(?:—|–|--?)\s", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineTail();
}
