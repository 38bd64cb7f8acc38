using NewsTrace.Text;

namespace NewsTrace.Time;

/// <summary>Durations ("three hours", "two-day", "more than an hour", "for years"), "N units ago/later", and sets ("daily", "every week", "4,000 lorries a week").</summary>
internal sealed partial class TimexScan
{
    private bool TryDuration(int j, out TimexMatch match)
    {
        match = default;
        if (TryHyphenatedDuration(j, out match))
        {
            return true;
        }

        if (IsWord(j, "recent") && W(j + 1).Is(TimeWordKinds.UnitPlural))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Duration, TimexValues.Duration(null, W(j + 1).Unit));
            return true;
        }

        if (W(j).Is(TimeWordKinds.UnitPlural) && IsLowerWord(j) && IsVagueDurationContext(j - 1))
        {
            match = new TimexMatch(j, j + 1, TimexMatch.Duration, TimexValues.Duration(null, W(j).Unit));
            return true;
        }

        if (!TryCount(j, out var count, out var k))
        {
            return false;
        }

        var unitWord = W(k);
        var singular = unitWord.Is(TimeWordKinds.Unit);
        if (!(singular || (unitWord.Is(TimeWordKinds.UnitPlural) && count != 1)) || unitWord.Unit == TimeUnit.None)
        {
            return false;
        }

        // "a second round" is an ordinal, not a duration.
        if (unitWord.Unit == TimeUnit.Second && singular && IsLowerWord(k + 1))
        {
            return false;
        }

        var unit = unitWord.Unit;
        var amount = count is { } c && unitWord.Number > 0 ? c * unitWord.Number : count;
        if (W(k + 1).Is(TimeWordKinds.Ago) && unit >= TimeUnit.Day)
        {
            match = Relative(j, k + 2, _dct, unit, amount is { } n ? -n : null);
            return true;
        }

        if (W(k + 1).Is(TimeWordKinds.Later) && unit >= TimeUnit.Day)
        {
            match = Relative(j, k + 2, Reference, unit, amount is { } n ? n * W(k + 1).Shift : null);
            return true;
        }

        var isArticle = IsWord(j, "a") || IsWord(j, "an");
        if (isArticle && singular && IsRateContext(j - 1))
        {
            match = new TimexMatch(j, k + 1, TimexMatch.Set, TimexValues.Duration(1, unit));
            return true;
        }

        match = new TimexMatch(j, k + 1, TimexMatch.Duration, TimexValues.Duration(amount, unit));
        return true;
    }

    /// <summary>A date a number of units from <paramref name="anchor"/>: "a month ago" (2024-09), "two days later"; a vague count gives PAST_REF or FUTURE_REF.</summary>
    private static TimexMatch Relative(int start, int end, DateOnly? anchor, TimeUnit unit, int? offset)
    {
        if (offset is not { } n)
        {
            return new TimexMatch(start, end, TimexMatch.Date, TimexValues.PastReference);
        }

        if (anchor is not { } date)
        {
            return new TimexMatch(start, end, TimexMatch.Date, null);
        }

        DateOnly? day = unit == TimeUnit.Day ? date.AddDays(n) : null;
        return new TimexMatch(start, end, TimexMatch.Date, TimexValues.Shifted(date, unit, n), day);
    }

    /// <summary>"two-day", "48-hour", "five-year" (one hyphen: "10-year-old" is an age, not a duration).</summary>
    private bool TryHyphenatedDuration(int j, out TimexMatch match)
    {
        match = default;
        if (j >= Count || _tokens[j].Kind != TokenKind.Word)
        {
            return false;
        }

        var text = TextOf(j);
        var hyphen = text.IndexOf('-');
        if (hyphen < 1 || text[(hyphen + 1)..].Contains('-'))
        {
            return false;
        }

        var unitWord = TimeLexicon.Lookup(text[(hyphen + 1)..]);
        if (!unitWord.Is(TimeWordKinds.Unit) || unitWord.Unit == TimeUnit.None)
        {
            return false;
        }

        var left = text[..hyphen];
        int amount;
        if (TryDigits(left, out var digits))
        {
            amount = digits;
        }
        else
        {
            var number = TimeLexicon.Lookup(left);
            if (!number.Is(TimeWordKinds.NumberWord) || left.Length < 3)
            {
                return false;
            }

            amount = number.Number;
        }

        if (amount < 1)
        {
            return false;
        }

        match = new TimexMatch(j, j + 1, TimexMatch.Duration, TimexValues.Duration(amount * Math.Max(1, unitWord.Number), unitWord.Unit));
        return true;
    }

    /// <summary>A count before a unit: "3", "two", "twenty-four", "a", "a few" and "several" (vague: null), "a couple of" (2).</summary>
    private bool TryCount(int i, out int? count, out int next)
    {
        count = null;
        next = i + 1;
        if (i >= Count)
        {
            return false;
        }

        if (IsNumberToken(i))
        {
            var text = TextOf(i);
            if (TryDigits(text, out var digits) && digits > 0 && digits < 10000)
            {
                count = digits;
                return true;
            }

            return false;
        }

        var word = W(i);
        if (word.Is(TimeWordKinds.NumberWord))
        {
            if (IsWord(i, "a") || IsWord(i, "an"))
            {
                if (IsWord(i + 1, "few"))
                {
                    next = i + 2;
                    return true;
                }

                if (IsWord(i + 1, "couple") && IsWord(i + 2, "of"))
                {
                    count = 2;
                    next = i + 3;
                    return true;
                }
            }

            count = word.Number;
            return true;
        }

        if (word.Is(TimeWordKinds.Vague) && !IsWord(i, "couple"))
        {
            return true;
        }

        // "twenty-four hours": a hyphenated number word.
        if (_tokens[i].Kind == TokenKind.Word && TextOf(i) is var compound && compound.IndexOf('-') is > 0 and var hyphen
            && TimeLexicon.Lookup(compound[..hyphen]) is { Number: >= 20 } tens && tens.Is(TimeWordKinds.NumberWord)
            && TimeLexicon.Lookup(compound[(hyphen + 1)..]) is { Number: > 0 and < 10 } ones && ones.Is(TimeWordKinds.NumberWord)
            && compound.Length > hyphen + 2)
        {
            count = tens.Number + ones.Number;
            return true;
        }

        return false;
    }

    /// <summary>"for years", "within weeks", "in years", "over decades": a plural unit alone is a vague duration after these.</summary>
    private bool IsVagueDurationContext(int i)
        => IsWord(i, "for") || IsWord(i, "within") || IsWord(i, "in") || IsWord(i, "over") || IsWord(i, "after") || IsWord(i, "during") || IsWord(i, "took") || IsWord(i, "lasted");

    /// <summary>"4,000 lorries a week", "twice a day", "5 percent a year": "a week" after a quantity is a frequency.</summary>
    private bool IsRateContext(int i)
    {
        if (i < 0)
        {
            return false;
        }

        if (IsNumberToken(i) || W(i).Is(TimeWordKinds.Frequency) || IsWord(i, "percent") || IsWord(i, "people"))
        {
            return true;
        }

        if (_tokens[i].Kind == TokenKind.Symbol && _text[_tokens[i].Start] == '%')
        {
            return true;
        }

        // A plural noun ("lorries", "flights") after a number: "4,000 lorries a week".
        return IsLowerWord(i) && TextOf(i) is { Length: > 3 } noun && noun[^1] == 's' && IsNumberToken(i - 1);
    }

    /// <summary>"daily", "weekly", "annually", "every week", "every two years", "each Monday", "per day".</summary>
    private bool TrySet(int j, out TimexMatch match)
    {
        match = default;
        var word = W(j);
        if (word.Is(TimeWordKinds.SetAdverb) && IsLowerWord(j))
        {
            match = new TimexMatch(j, j + 1, TimexMatch.Set, TimexValues.Duration(1, word.Unit));
            return true;
        }

        if (!word.Is(TimeWordKinds.Every) && !IsWord(j, "per"))
        {
            return false;
        }

        var next = W(j + 1);
        if (next.Is(TimeWordKinds.Unit) && next.Unit != TimeUnit.None)
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Set, TimexValues.Duration(Math.Max(1, next.Number), next.Unit));
            return true;
        }

        if (IsWord(j + 1, "other") && W(j + 2).Is(TimeWordKinds.Unit))
        {
            match = new TimexMatch(j, j + 3, TimexMatch.Set, TimexValues.Duration(2, W(j + 2).Unit));
            return true;
        }

        if (next.Is(TimeWordKinds.Weekday) && IsCapitalized(j + 1) && !IsWord(j, "per"))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Set, "XXXX-WXX-" + next.Weekday.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }

        if (next.Is(TimeWordKinds.PartOfDay) && !IsWord(j, "per"))
        {
            match = new TimexMatch(j, j + 2, TimexMatch.Set, "T" + next.Code);
            return true;
        }

        if (TryCount(j + 1, out var count, out var k) && count > 1 && W(k).Is(TimeWordKinds.UnitPlural) && !IsWord(j, "per"))
        {
            match = new TimexMatch(j, k + 1, TimexMatch.Set, TimexValues.Duration(count, W(k).Unit));
            return true;
        }

        return false;
    }
}
