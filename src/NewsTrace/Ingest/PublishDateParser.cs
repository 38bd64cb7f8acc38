using System.Globalization;
using System.Text.RegularExpressions;
using NewsTrace.Documents;

namespace NewsTrace.Ingest;

/// <summary>
/// Reads the publish dates containers give: ISO 8601 (also with a "+0900" offset), RFC 822 / RFC 1123,
/// and Unix timestamps in seconds (or milliseconds, which JavaScript writers use).
/// </summary>
internal static partial class PublishDateParser
{
    // Earliest accepted timestamp: 1973-03-03. Smaller numbers are more likely a year or an id than a date.
    private const long MinUnixSeconds = 100_000_000;
    private const long MaxUnixSeconds = 4_102_444_800; // 2100-01-01

    public static bool TryParse(string? value, out PublishDate result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (PublishDate.TryParseIso(text, out result) || PublishDate.TryParseIso(CompactOffset().Replace(text, "$1:$2"), out result))
        {
            return true;
        }

        if (Rfc822DateParser.TryParse(text, out var parts))
        {
            result = new PublishDate(parts.Date, parts.Time, parts.Offset, parts.HasSeconds);
            return true;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && TryFromUnixTime(number, out result);
    }

    /// <summary>A Unix timestamp in seconds, or in milliseconds when too large to be seconds; in UTC.</summary>
    public static bool TryFromUnixTime(decimal value, out PublishDate result)
    {
        result = default;
        if (value >= MaxUnixSeconds && value < MaxUnixSeconds * 1000)
        {
            value /= 1000;
        }

        if (value < MinUnixSeconds || value >= MaxUnixSeconds)
        {
            return false;
        }

        var stamp = DateTimeOffset.FromUnixTimeSeconds((long)decimal.Truncate(value));
        result = new PublishDate(DateOnly.FromDateTime(stamp.UtcDateTime), TimeOnly.FromDateTime(stamp.UtcDateTime), TimeSpan.Zero, HasSeconds: true);
        return true;
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactOffset();
}
