using NewsTrace.Text;

namespace NewsTrace.Time;

/// <summary>
/// Expressions resolved against the document date or the last day named: yesterday/today/tomorrow, weekdays, "last week",
/// "next month", "this winter", "the following day", "the weekend", seasons, and the vague PAST/PRESENT/FUTURE_REF.
/// </summary>
internal sealed partial class TimexScan
{
    private bool TryRelative(int j, bool afterPrefix, out TimexMatch match)
        => TryRelativeDay(j, out match)
            || TryQuarterOrHalf(j, out match)
            || TryWeekday(j, out match)
            || TryShifted(j, out match)
            || TryDefinite(j, afterPrefix, out match)
            || TrySeason(j, out match)
            || TryVagueReference(j, out match);

    /// <summary>"yesterday", "today", "tomorrow morning", "tonight", "overnight" (the night before a morning report).</summary>
    private bool TryRelativeDay(int j, out TimexMatch match)
    {
        match = default;
        var word = W(j);
        if (IsWord(j, "tonight") || IsWord(j, "overnight"))
        {
            var night = IsWord(j, "tonight") ? _dct : _dct?.AddDays(-1);
            match = new TimexMatch(j, j + 1, TimexMatch.Time, night is { } n ? TimexValues.Day(n) + "TNI" : null);
            return true;
        }

        if (!word.Is(TimeWordKinds.RelativeDay))
        {
            return false;
        }

        var day = _dct?.AddDays(word.Shift);
        if (W(j + 1).Is(TimeWordKinds.PartOfDay))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Time, day is { } d ? TimexValues.Day(d) + "T" + W(j + 1).Code : null);
            return true;
        }

        match = new TimexMatch(j, j + 1, TimexMatch.Date, day is { } value ? TimexValues.Day(value) : null, day);
        return true;
    }

    /// <summary>"Wednesday", "Thursday's drill", "Wednesday evening": the day in the past week, or the coming one when the tense is future.</summary>
    private bool TryWeekday(int j, out TimexMatch match)
    {
        match = default;
        var word = W(j);
        if (!word.Is(TimeWordKinds.Weekday) || !IsCapitalized(j) || TextOf(j).Length < 6)
        {
            return false;
        }

        var end = W(j + 1).Is(TimeWordKinds.PartOfDay) ? j + 2 : j + 1;
        DateOnly? day = _dct is { } dct ? TimexValues.ResolveWeekday(dct, word.Weekday, Tense(j, end)) : null;
        match = end == j + 2
            ? new TimexMatch(j, end, TimexMatch.Time, day is { } d ? TimexValues.Day(d) + "T" + W(j + 1).Code : null, day)
            : new TimexMatch(j, end, TimexMatch.Date, day is { } value ? TimexValues.Day(value) : null, day);
        return true;
    }

    /// <summary>"last week", "next month", "this year", "last weekend", "next Monday", "last March", "this winter", "this morning", "last night".</summary>
    private bool TryShifted(int j, out TimexMatch match)
    {
        match = default;
        var shiftWord = W(j);
        if (!shiftWord.Is(TimeWordKinds.Shift) || IsWord(j, "following") || IsWord(j, "preceding"))
        {
            return false;
        }

        // "this past week" is "past week" with its determiner.
        if (IsWord(j, "this") && (IsWord(j + 1, "past") || IsWord(j + 1, "last")) && TryShifted(j + 1, out var past))
        {
            match = past.From(j);
            return true;
        }

        var shift = shiftWord.Shift;
        var next = W(j + 1);
        var end = j + 2;
        if (next.Is(TimeWordKinds.Unit) && next.Unit >= TimeUnit.Week && next.Number == 0)
        {
            match = new TimexMatch(j, end, TimexMatch.Date, _dct is { } dct ? TimexValues.Shifted(dct, next.Unit, shift) : null);
            return true;
        }

        if (IsWord(j + 1, "weekend"))
        {
            match = new TimexMatch(j, end, TimexMatch.Date, _dct is { } dct ? TimexValues.Week(dct.AddDays(7 * shift)) + "-WE" : null);
            return true;
        }

        if (next.Is(TimeWordKinds.Weekday) && IsCapitalized(j + 1))
        {
            DateOnly? day = null;
            if (_dct is { } dct)
            {
                var tense = shift < 0 ? TenseDirection.Past : shift > 0 ? TenseDirection.Future : Tense(j, end);
                var resolved = TimexValues.ResolveWeekday(dct, next.Weekday, tense);
                day = resolved == dct && shift != 0 ? resolved.AddDays(7 * shift) : resolved;
            }

            match = new TimexMatch(j, end, TimexMatch.Date, day is { } d ? TimexValues.Day(d) : null, day);
            return true;
        }

        if (next.Is(TimeWordKinds.Season))
        {
            match = new TimexMatch(j, end, TimexMatch.Date, _dct is { } dct ? TimexValues.Season(TimexValues.ResolveSeason(dct, TimexValues.SeasonIndex(next.Code!), shift, TenseDirection.None)) : null);
            return true;
        }

        if (next.Is(TimeWordKinds.Month) && IsCapitalized(j + 1) && IsFullMonthName(j + 1))
        {
            string? value = null;
            if (_dct is { } dct)
            {
                var year = shift switch
                {
                    < 0 => next.Month < dct.Month ? dct.Year : dct.Year - 1,
                    > 0 => next.Month > dct.Month ? dct.Year : dct.Year + 1,
                    _ => dct.Year,
                };
                value = TimexValues.Month(year, next.Month);
            }

            match = new TimexMatch(j, end, TimexMatch.Date, value);
            return true;
        }

        if (next.Is(TimeWordKinds.PartOfDay) && (shift == 0 || IsWord(j + 1, "night") || IsWord(j + 1, "evening")) && !IsWord(j, "past"))
        {
            var day = _dct?.AddDays(shift < 0 ? -1 : shift);
            var code = shift < 0 ? "NI" : next.Code;
            match = new TimexMatch(j, end, TimexMatch.Time, day is { } d ? TimexValues.Day(d) + "T" + code : null);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Expressions with "the": "the following day", "the next morning", "the day before", "the past week" (a duration),
    /// "the weekend", "the week", "the spring", "the summer of 2022", "the past", "the future", and "the year" after "the end of".
    /// </summary>
    private bool TryDefinite(int j, bool afterPrefix, out TimexMatch match)
    {
        match = default;
        if (!IsWord(j, "the"))
        {
            return false;
        }

        var second = W(j + 1);
        if (second.Is(TimeWordKinds.Shift) && !IsWord(j + 1, "this"))
        {
            return TryDefiniteShift(j, second.Shift, out match);
        }

        // "worked through the night": the night of the day last named.
        if (second.Is(TimeWordKinds.PartOfDay) && (IsWord(j - 1, "through") || IsWord(j - 1, "during") || IsWord(j - 1, "all")))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Time, Reference is { } night ? TimexValues.Day(night) + "T" + second.Code : null);
            return true;
        }

        if (IsWord(j + 1, "day") && (IsWord(j + 2, "before") || IsWord(j + 2, "after")))
        {
            var day = Reference?.AddDays(IsWord(j + 2, "before") ? -1 : 1);
            match = new TimexMatch(j, j + 3, TimexMatch.Date, day is { } d ? TimexValues.Day(d) : null, day);
            return true;
        }

        if (IsWord(j + 1, "weekend"))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Date, _dct is { } dct ? TimexValues.Week(dct) + "-WE" : null);
            return true;
        }

        if (IsWord(j + 1, "week") || (afterPrefix && second.Is(TimeWordKinds.Unit) && second.Unit is TimeUnit.Month or TimeUnit.Year && second.Number == 0))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Date, _dct is { } dct ? TimexValues.Shifted(dct, second.Unit, 0) : null);
            return true;
        }

        if (second.Is(TimeWordKinds.Season))
        {
            if (IsWord(j + 2, "of") && TryYear(j + 3, out var year))
            {
                match = new TimexMatch(j, j + 4, TimexMatch.Date, TimexValues.Season((year * 4) + TimexValues.SeasonIndex(second.Code!)));
                return true;
            }

            match = new TimexMatch(j, j + 2, TimexMatch.Date, SeasonValue(j, j + 2, second.Code!));
            return true;
        }

        if (IsWord(j + 1, "future") && !IsLowerWord(j + 2))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Date, TimexValues.FutureReference);
            return true;
        }

        return false;
    }

    /// <summary>"the following day", "the next week", "the previous day", "the next morning"; "the past week", "the last two years" are durations.</summary>
    private bool TryDefiniteShift(int j, int shift, out TimexMatch match)
    {
        match = default;
        var unitWord = W(j + 2);
        var backward = IsWord(j + 1, "past") || IsWord(j + 1, "last");
        if (backward || ((IsWord(j + 1, "next") || IsWord(j + 1, "coming")) && !unitWord.Is(TimeWordKinds.Unit)))
        {
            // "the past week", "the last three years", "the next few days", "the past": spans of time, not dates.
            if (unitWord.Is(TimeWordKinds.Unit) && unitWord.Unit != TimeUnit.None)
            {
                match = new TimexMatch(j, j + 3, TimexMatch.Duration, TimexValues.Duration(unitWord.Number == 0 ? 1 : unitWord.Number, unitWord.Unit));
                return true;
            }

            if (TryCount(j + 2, out var count, out var afterCount) && W(afterCount).Is(TimeWordKinds.UnitPlural | TimeWordKinds.Unit))
            {
                match = new TimexMatch(j, afterCount + 1, TimexMatch.Duration, TimexValues.Duration(count, W(afterCount).Unit));
                return true;
            }

            if (IsWord(j + 1, "past") && !IsLowerWord(j + 2))
            {
                match = new TimexMatch(j, j + 2, TimexMatch.Date, TimexValues.PastReference);
                return true;
            }

            return false;
        }

        // "the following day", "the next day", "the previous week", "the next morning": counted from the last day named.
        if (unitWord.Is(TimeWordKinds.Unit) && unitWord.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
        {
            if (unitWord.Unit == TimeUnit.Day)
            {
                var day = Reference?.AddDays(shift);
                match = new TimexMatch(j, j + 3, TimexMatch.Date, day is { } d ? TimexValues.Day(d) : null, day);
                return true;
            }

            match = new TimexMatch(j, j + 3, TimexMatch.Date, Reference is { } reference ? TimexValues.Shifted(reference, unitWord.Unit, shift) : null);
            return true;
        }

        if (unitWord.Is(TimeWordKinds.PartOfDay))
        {
            var day = Reference?.AddDays(shift);
            match = new TimexMatch(j, j + 3, TimexMatch.Time, day is { } d ? TimexValues.Day(d) + "T" + unitWord.Code : null);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "the fourth quarter" (of the document's year), "the third quarter of 2019", "the first half of next year", and the
    /// adjective "fourth-quarter": TIMEX3 "2019-Q4", "2020-H1".
    /// </summary>
    private bool TryQuarterOrHalf(int j, out TimexMatch match)
    {
        match = default;
        int ordinal, end;
        bool quarter;
        if (IsWord(j, "the") && OrdinalWord(TextOf(Math.Min(j + 1, Count - 1))) is > 0 and var n && (IsWord(j + 2, "quarter") || IsWord(j + 2, "half")))
        {
            (ordinal, quarter, end) = (n, IsWord(j + 2, "quarter"), j + 3);
        }
        else if (j < Count && _tokens[j].Kind == TokenKind.Word && TextOf(j) is var compound && compound.IndexOf('-') is > 0 and var hyphen
            && OrdinalWord(compound[..hyphen]) is > 0 and var m
            && (compound[(hyphen + 1)..].Equals("quarter", StringComparison.OrdinalIgnoreCase) || compound[(hyphen + 1)..].Equals("half", StringComparison.OrdinalIgnoreCase)))
        {
            (ordinal, quarter, end) = (m, compound[(hyphen + 1)..].Equals("quarter", StringComparison.OrdinalIgnoreCase), j + 1);
        }
        else
        {
            return false;
        }

        if (ordinal > (quarter ? 4 : 2))
        {
            return false;
        }

        int? year = _dct?.Year;
        if (IsWord(end, "of") && TryYear(end + 1, out var named))
        {
            (year, end) = (named, end + 2);
        }
        else if (IsWord(end, "of") && W(end + 1).Is(TimeWordKinds.Shift) && W(end + 2).Unit == TimeUnit.Year && W(end + 2).Is(TimeWordKinds.Unit))
        {
            (year, end) = (_dct?.Year + W(end + 1).Shift, end + 3);
        }
        else if (IsWord(end, "of") && IsWord(end + 1, "the") && IsWord(end + 2, "year"))
        {
            end += 3;
        }

        var code = (quarter ? "-Q" : "-H") + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        match = new TimexMatch(j, end, TimexMatch.Date, year is { } y ? TimexValues.Year(y) + code : null);
        return true;
    }

    private static int OrdinalWord(ReadOnlySpan<char> word)
        => word.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1
            : word.Equals("second", StringComparison.OrdinalIgnoreCase) ? 2
            : word.Equals("third", StringComparison.OrdinalIgnoreCase) ? 3
            : word.Equals("fourth", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;

    /// <summary>"spring", "winter", "spring 2025", "autumn of 2022"; a bare "fall" only with a year ("fall 2023").</summary>
    private bool TrySeason(int j, out TimexMatch match)
    {
        match = default;
        var word = W(j);
        if (!word.Is(TimeWordKinds.Season))
        {
            return false;
        }

        var index = TimexValues.SeasonIndex(word.Code!);
        if (TryYear(j + 1, out var year))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Date, TimexValues.Season((year * 4) + index));
            return true;
        }

        if (IsWord(j + 1, "of") && TryYear(j + 2, out var ofYear))
        {
            match = new TimexMatch(j, j + 3, TimexMatch.Date, TimexValues.Season((ofYear * 4) + index));
            return true;
        }

        if (IsWord(j, "fall"))
        {
            return false;
        }

        match = new TimexMatch(j, j + 1, TimexMatch.Date, SeasonValue(j, j + 1, word.Code!));
        return true;
    }

    private string? SeasonValue(int start, int end, string code)
        => _dct is { } dct ? TimexValues.Season(TimexValues.ResolveSeason(dct, TimexValues.SeasonIndex(code), null, Tense(start, end))) : null;

    /// <summary>"now", "currently", "nowadays" (PRESENT_REF) and "recently" (PAST_REF).</summary>
    private bool TryVagueReference(int j, out TimexMatch match)
    {
        match = default;
        var word = W(j);
        if (word.Is(TimeWordKinds.PresentRef))
        {
            match = new TimexMatch(j, j + 1, TimexMatch.Date, TimexValues.PresentReference);
            return true;
        }

        if (word.Is(TimeWordKinds.PastRef))
        {
            match = new TimexMatch(j, j + 1, TimexMatch.Date, TimexValues.PastReference);
            return true;
        }

        return false;
    }
}
