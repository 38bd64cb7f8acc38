using System.Globalization;

namespace NewsTrace.Time;

/// <summary>TIMEX3 value strings and the calendar arithmetic behind relative expressions.</summary>
internal static class TimexValues
{
    public const string PastReference = "PAST_REF";
    public const string PresentReference = "PRESENT_REF";
    public const string FutureReference = "FUTURE_REF";

    /// <summary>The TIMEX3 season codes in calendar order; a season ordinal is year * 4 + index, winter belonging to the year of its December.</summary>
    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    public static string Month(DateOnly date) => Month(date.Year, date.Month);

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The ISO week of a day: "2024-W42".</summary>
    public static string Week(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):0000}-W{ISOWeek.GetWeekOfYear(day):00}");
    }

    /// <summary>A decade: the 1990s are "199".</summary>
    public static string Decade(int firstYear) => (firstYear / 10).ToString("000", CultureInfo.InvariantCulture);

    public static string Season(int ordinal) => Year(ordinal / 4) + "-" + SeasonCodes[ordinal % 4];

    public static int SeasonIndex(string code) => Array.IndexOf(SeasonCodes, code);

    /// <summary>The season a day falls in, as an ordinal (spring March to May, summer June to August, autumn September to November).</summary>
    public static int SeasonOrdinal(DateOnly date) => date.Month switch
    {
        <= 2 => ((date.Year - 1) * 4) + 3,
        <= 5 => date.Year * 4,
        <= 8 => (date.Year * 4) + 1,
        <= 11 => (date.Year * 4) + 2,
        _ => (date.Year * 4) + 3,
    };

    /// <summary>
    /// The instance of season <paramref name="index"/> meant from <paramref name="dct"/>: shift -1 the last one before the current
    /// season, +1 the next one after it, 0 the one in the current season year, and with no shift the direction of the tense.
    /// </summary>
    public static int ResolveSeason(DateOnly dct, int index, int? shift, TenseDirection tense)
    {
        var current = SeasonOrdinal(dct);

        // The instance in the document's calendar year; in January and February "this winter" is the one under way.
        var sameYear = (dct.Year * 4) + index - (index == 3 && dct.Month <= 2 ? 4 : 0);
        return shift switch
        {
            -1 => sameYear < current ? sameYear : sameYear - 4,
            1 => sameYear > current ? sameYear : sameYear + 4,
            0 => sameYear,
            _ => tense switch
            {
                TenseDirection.Past => sameYear <= current ? sameYear : sameYear - 4,
                TenseDirection.Future => sameYear >= current ? sameYear : sameYear + 4,
                _ => sameYear,
            },
        };
    }

    /// <summary>The year of a month named without one: the document's year, or the nearest one in the tense's direction.</summary>
    public static int ResolveMonthYear(DateOnly dct, int month, TenseDirection tense) => tense switch
    {
        TenseDirection.Past when month > dct.Month => dct.Year - 1,
        TenseDirection.Future when month < dct.Month => dct.Year + 1,
        _ => dct.Year,
    };

    /// <summary>
    /// The day of a weekday named without a date: the document's own day when it is that weekday; otherwise the one in the past
    /// week, or the coming week when the tense is future.
    /// </summary>
    public static DateOnly ResolveWeekday(DateOnly dct, int isoWeekday, TenseDirection tense)
    {
        var current = IsoWeekday(dct);
        if (current == isoWeekday)
        {
            return dct;
        }

        if (tense == TenseDirection.Future)
        {
            var ahead = ((isoWeekday - current) + 7) % 7;
            return dct.AddDays(ahead);
        }

        var back = ((current - isoWeekday) + 7) % 7;
        return dct.AddDays(-back);
    }

    public static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>Moves <paramref name="date"/> by <paramref name="count"/> units (days, weeks, months, years, decades) and formats it at that unit's granularity.</summary>
    public static string? Shifted(DateOnly date, TimeUnit unit, int count)
    {
        if (unit >= TimeUnit.Year && Math.Abs((long)count) * (unit == TimeUnit.Century ? 100 : unit == TimeUnit.Decade ? 10 : 1) >= date.Year)
        {
            return null;
        }

        try
        {
            return unit switch
            {
                TimeUnit.Day => Day(date.AddDays(count)),
                TimeUnit.Week => Week(date.AddDays(7 * count)),
                TimeUnit.Month => Month(date.AddMonths(count)),
                TimeUnit.Year => Year(date.Year + count),
                TimeUnit.Decade => Decade(date.Year + (10 * count)),
                TimeUnit.Century => ((date.Year / 100) + count).ToString("00", CultureInfo.InvariantCulture),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>A duration: "P2D", "PT3H", "PXY" when the count is vague (null).</summary>
    public static string Duration(int? count, TimeUnit unit)
    {
        var amount = count is { } n ? n.ToString(CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            TimeUnit.Second => $"PT{amount}S",
            TimeUnit.Minute => $"PT{amount}M",
            TimeUnit.Hour => $"PT{amount}H",
            TimeUnit.Day => $"P{amount}D",
            TimeUnit.Week => $"P{amount}W",
            TimeUnit.Month => $"P{amount}M",
            TimeUnit.Year => $"P{amount}Y",
            TimeUnit.Decade => $"P{amount}DE",
            TimeUnit.Century => $"P{amount}CE",
            _ => $"P{amount}D",
        };
    }

    public static bool IsValidDay(int year, int month, int day)
        => month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>Whether a day can exist in a month in some year (February 29 can).</summary>
    public static bool IsPossibleDay(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
}
