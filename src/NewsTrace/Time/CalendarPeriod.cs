using System.Globalization;

namespace NewsTrace.Time;

/// <summary>
/// The days a TIMEX3 date value covers, with its precision: "2023-09-13" (also "2023-09-13TEV") is one day, "2023-09" a
/// month, "2023" a year. Weeks, seasons, decades and vague values ("PAST_REF") are not calendar periods.
/// </summary>
/// <param name="First">The first day covered.</param>
/// <param name="Last">The last day covered.</param>
/// <param name="Precision">Day, month or year.</param>
public readonly record struct CalendarPeriod(DateOnly First, DateOnly Last, DatePrecision Precision)
{
    /// <summary>The TIMEX3 value of the period at its precision.</summary>
    public string Value => Precision switch
    {
        DatePrecision.Day => TimexValues.Day(First),
        DatePrecision.Month => TimexValues.Month(First),
        _ => TimexValues.Year(First.Year),
    };

    public override string ToString() => Value;

    /// <summary>Reads a DATE or TIME value; false for anything that is not a day, month or year.</summary>
    public static bool TryParse(string? value, out CalendarPeriod period)
    {
        period = default;
        if (value is null || value.Length < 4 || !TryNumber(value.AsSpan(0, 4), out var year) || year < 1)
        {
            return false;
        }

        if (value.Length == 4)
        {
            period = new CalendarPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
            return true;
        }

        if (value.Length < 7 || value[4] != '-' || !TryNumber(value.AsSpan(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        var firstOfMonth = new DateOnly(year, month, 1);
        if (value.Length == 7)
        {
            period = new CalendarPeriod(firstOfMonth, firstOfMonth.AddMonths(1).AddDays(-1), DatePrecision.Month);
            return true;
        }

        // A day, possibly followed by a time or part of day ("2024-10-16TEV", "2024-10-18T09:30").
        if (value.Length < 10 || value[7] != '-' || (value.Length > 10 && value[10] != 'T')
            || !TryNumber(value.AsSpan(8, 2), out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        period = new CalendarPeriod(date, date, DatePrecision.Day);
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> digits, out int number)
        => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
