using System.Globalization;

namespace NewsTrace.Documents;

/// <summary>
/// A publish date as precise as the source gave it: a day, a minute, or a second, with or without a UTC offset.
/// Keeping the precision matters: a bare "2023-10-19" must not turn into midnight UTC, which is the previous day in Asia.
/// </summary>
public readonly record struct PublishDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null, bool HasSeconds = false)
{
    private static readonly string[] IsoForms =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mmK",
    ];

    /// <summary>The contract form: YYYY-MM-DD[Thh:mm[:ss][±hh:mm]].</summary>
    public override string ToString()
    {
        var text = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } time)
        {
            return text;
        }

        text += "T" + time.ToString(HasSeconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture);
        return Offset is { } offset ? text + FormatOffset(offset) : text;
    }

    /// <summary>Parses ISO 8601 dates and date-times ("2023-10-19", "2023-10-19T08:30", "2023-10-19T08:30:15+09:00", "...Z").</summary>
    public static bool TryParseIso(ReadOnlySpan<char> value, out PublishDate result)
    {
        value = value.Trim();
        result = default;
        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            result = new PublishDate(day);
            return true;
        }

        if (value.Length < 16)
        {
            return false;
        }

        var hasOffset = HasExplicitOffset(value);
        if (!DateTimeOffset.TryParseExact(value, IsoForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            return false;
        }

        var hasSeconds = value.Length > 16 && value[16] == ':';
        var local = stamp.DateTime;
        result = new PublishDate(
            DateOnly.FromDateTime(local),
            new TimeOnly(local.Hour, local.Minute, hasSeconds ? local.Second : 0),
            hasOffset ? stamp.Offset : null,
            hasSeconds);
        return true;
    }

    private static bool HasExplicitOffset(ReadOnlySpan<char> value)
    {
        if (value[^1] is 'Z' or 'z')
        {
            return true;
        }

        // An offset is a sign after the time part: "…T08:30+09:00" or "…T08:30-0500".
        var timePart = value[11..];
        return timePart.IndexOfAny('+', '-') >= 0;
    }

    private static string FormatOffset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }
}
