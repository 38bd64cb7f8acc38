using System.Globalization;
using NewsTrace.Text;

namespace NewsTrace.Time;

/// <summary>Calendar dates: month names with days and years, day-first dates, ISO and numeric dates, years and decades.</summary>
internal sealed partial class TimexScan
{
    /// <summary>"Tuesday, October 17, 2024": the weekday is checked against the date it names.</summary>
    private bool TryWeekdayDate(int j, out TimexMatch match)
    {
        match = default;
        var word = W(j);
        if (!word.Is(TimeWordKinds.Weekday) || !IsCapitalized(j))
        {
            return false;
        }

        var k = IsPunctuation(j + 1, ',') ? j + 2 : j + 1;
        if (!TryAbsolute(k, out var date) || date.Type != TimexMatch.Date || (date.Day is null && date.Problem is null))
        {
            return false;
        }

        match = date.From(j);
        if (date.Day is { } day && TimexValues.IsoWeekday(day) != word.Weekday)
        {
            var named = CultureInfo.InvariantCulture.DateTimeFormat.GetDayName((DayOfWeek)(word.Weekday % 7));
            var actual = CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day.DayOfWeek);
            match = match with
            {
                Problem = $"{TimexValues.Day(day)} is a {actual}, not a {named}",
                ProblemKind = DateAnomaly.WeekdayMismatch,
            };
        }

        return true;
    }

    private bool TryAbsolute(int j, out TimexMatch match)
        => TryMonthFirst(j, out match) || TryDayFirst(j, out match) || TryNumericDate(j, out match) || TryDecade(j, out match);

    /// <summary>"September 13", "Sept. 13, 2023", "October 47, 2021" (impossible), "March 2022", "March of 2022", "in May".</summary>
    private bool TryMonthFirst(int j, out TimexMatch match)
    {
        match = default;
        var word = W(j);
        if (TryMidMonth(j, out match))
        {
            return true;
        }

        if (!word.Is(TimeWordKinds.Month) || !IsCapitalized(j))
        {
            return false;
        }

        var month = word.Month;
        if (TryDayNumber(j + 1, out var day))
        {
            var end = j + 2;
            int? year = null;
            if (IsPunctuation(end, ',') && TryYear(end + 1, out var afterComma))
            {
                year = afterComma;
                end += 2;
            }
            else if (TryYear(end, out var plain))
            {
                year = plain;
                end++;
            }

            return TryDateFromParts(j, end, year, month, day, out match);
        }

        if (TryYear(j + 1, out var monthYear))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Date, TimexValues.Month(monthYear, month));
            return true;
        }

        if (IsWord(j + 1, "of") && TryYear(j + 2, out var ofYear))
        {
            match = new TimexMatch(j, j + 3, TimexMatch.Date, TimexValues.Month(ofYear, month));
            return true;
        }

        if (!IsFullMonthName(j) || (month == 5 && !IsMonthContext(j - 1)))
        {
            return false;
        }

        var value = YearInSentence(j) is { } named ? TimexValues.Month(named, month)
            : _dct is { } dct ? TimexValues.Month(TimexValues.ResolveMonthYear(dct, month, Tense(j, j + 1)), month) : null;
        match = new TimexMatch(j, j + 1, TimexMatch.Date, value);
        return true;
    }

    /// <summary>"mid-October": the month, resolved like a bare month name.</summary>
    private bool TryMidMonth(int j, out TimexMatch match)
    {
        match = default;
        if (j >= Count || _tokens[j].Kind != TokenKind.Word || !TextOf(j).StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var month = TimeLexicon.Lookup(TextOf(j)[4..]);
        if (!month.Is(TimeWordKinds.Month) || TextOf(j).Length < 7)
        {
            return false;
        }

        var value = YearInSentence(j) is { } named ? TimexValues.Month(named, month.Month)
            : _dct is { } dct ? TimexValues.Month(TimexValues.ResolveMonthYear(dct, month.Month, Tense(j, j + 1)), month.Month) : null;
        match = new TimexMatch(j, j + 1, TimexMatch.Date, value);
        return true;
    }

    /// <summary>"13 September 2023", "14 March 2022", "the 13th of September", and "the 13th" (of the document's month).</summary>
    private bool TryDayFirst(int j, out TimexMatch match)
    {
        match = default;
        var start = j;
        var the = IsWord(j, "the");
        if (the)
        {
            j++;
        }

        if (!TryDayNumber(j, out var day) || day > 31)
        {
            return false;
        }

        var monthAt = IsWord(j + 1, "of") ? j + 2 : j + 1;
        var monthWord = W(monthAt);
        if (monthWord.Is(TimeWordKinds.Month) && IsCapitalized(monthAt))
        {
            var end = monthAt + 1;
            int? year = null;
            if (TryYear(end, out var plain))
            {
                year = plain;
                end++;
            }

            return TryDateFromParts(start, end, year, monthWord.Month, day, out match);
        }

        // "on the 13th": an ordinal after "the" with no noun after it ("the 5th round" is not a date).
        if (!the || !IsOrdinal(j) || (IsLowerWord(j + 1) && !IsFunctionWord(j + 1)))
        {
            return false;
        }

        DateOnly? resolved = _dct is { } dct && TimexValues.IsValidDay(dct.Year, dct.Month, day) ? new DateOnly(dct.Year, dct.Month, day) : null;
        match = new TimexMatch(start, j + 1, TimexMatch.Date, resolved is { } d ? TimexValues.Day(d) : null, resolved);
        return true;
    }

    /// <summary>A date from its parts, or an impossible one (recorded, with a null value) when the month has no such day.</summary>
    private bool TryDateFromParts(int start, int end, int? year, int month, int day, out TimexMatch match)
    {
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        if (!TimexValues.IsPossibleDay(month, day) || (year is { } y && !TimexValues.IsValidDay(y, month, day)))
        {
            // "May 50 people" is a count, not a date; "October 75" and "February 30" are broken dates.
            if (day > 31 && year is null && IsCountedNoun(end))
            {
                match = default;
                return false;
            }

            var when = year is { } knownYear ? $" in {knownYear.ToString(CultureInfo.InvariantCulture)}" : "";
            match = new TimexMatch(start, end, TimexMatch.Date, null, Problem: $"{monthName}{when} has no day {day.ToString(CultureInfo.InvariantCulture)}", ProblemKind: DateAnomaly.ImpossibleDate);
            return true;
        }

        if (year is { } fullYear)
        {
            var date = new DateOnly(fullYear, month, day);
            match = new TimexMatch(start, end, TimexMatch.Date, TimexValues.Day(date), date);
            return true;
        }

        if (_dct is not { } dct)
        {
            match = new TimexMatch(start, end, TimexMatch.Date, null);
            return true;
        }

        var resolvedYear = YearInSentence(start) ?? TimexValues.ResolveMonthYear(dct, month, Tense(start, end));
        if (!TimexValues.IsValidDay(resolvedYear, month, day))
        {
            match = new TimexMatch(start, end, TimexMatch.Date, null);
            return true;
        }

        var resolved = new DateOnly(resolvedYear, month, day);
        match = new TimexMatch(start, end, TimexMatch.Date, TimexValues.Day(resolved), resolved);
        return true;
    }

    /// <summary>"2023-09-13", "9/13/2023" (month first unless impossible), "13.09.2023", and years "2024" (also in "2024-2025").</summary>
    private bool TryNumericDate(int j, out TimexMatch match)
    {
        match = default;
        if (!IsNumberToken(j))
        {
            return false;
        }

        var text = TextOf(j);
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text[..4], out var isoYear) && isoYear is >= 1000 and <= 2999 && TryDigits(text[5..7], out var isoMonth) && TryDigits(text[8..], out var isoDay))
        {
            return TryDateFromParts(j, j + 1, isoYear, isoMonth, isoDay, out match);
        }

        if (TrySplitDate(text, '/', out var first, out var second, out var slashYear))
        {
            // English news: month first; day first only when month first is impossible, or when day first names the publish date
            // itself ("Posted on: 04/03/2025" on a page published 4 March 2025 is the page's own date in European order).
            var dayFirst = TimexValues.IsValidDay(slashYear, second, first)
                && (!TimexValues.IsValidDay(slashYear, first, second) || (_dct is { } own && own == new DateOnly(slashYear, second, first)));
            var (month, day) = dayFirst ? (second, first) : (first, second);
            if (month is < 1 or > 12)
            {
                match = new TimexMatch(j, j + 1, TimexMatch.Date, null, Problem: $"{text} is not a valid date", ProblemKind: DateAnomaly.ImpossibleDate);
                return true;
            }

            return TryDateFromParts(j, j + 1, slashYear, month, day, out match);
        }

        if (TrySplitDate(text, '.', out var dotDay, out var dotMonth, out var dotYear) && dotMonth is >= 1 and <= 12)
        {
            return TryDateFromParts(j, j + 1, dotYear, dotMonth, dotDay, out match);
        }

        if (text.Length == 4 && TryDigits(text, out var year) && year is >= 1800 and <= 2199 && !IsCurrencyOrPercent(j))
        {
            match = new TimexMatch(j, j + 1, TimexMatch.Date, TimexValues.Year(year));
            return true;
        }

        return false;
    }

    /// <summary>"the 1990s" ("199"), "the early 2000s", "1980s".</summary>
    private bool TryDecade(int j, out TimexMatch match)
    {
        match = default;
        var at = j;
        if (IsWord(at, "the"))
        {
            at++;
            if (W(at).Is(TimeWordKinds.Modifier))
            {
                at++;
            }
        }

        if (!IsNumberToken(at))
        {
            return false;
        }

        var text = TextOf(at);
        if (text.Length != 5 || text[4] != 's' || !TryDigits(text[..4], out var first) || first % 10 != 0)
        {
            return false;
        }

        match = new TimexMatch(j, at + 1, TimexMatch.Date, TimexValues.Decade(first));
        return true;
    }
}
