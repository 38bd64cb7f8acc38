using System.Globalization;
using NewsTrace.Stories.Features;

namespace NewsTrace.Reuse.Alignment;

/// <summary>
/// Turns a word as written into the term that reuse detection compares: lower-cased, hyphens dropped, synonyms and
/// irregular forms mapped to one canonical word, plural and verb endings stripped, spelled-out numbers as digits.
/// Function words and reporting verbs give no term: rewriters change them freely and they identify nothing.
/// </summary>
internal static class ReuseTerms
{
    private static readonly Dictionary<string, string> NumberWords = new[]
    {
        ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"), ("eight", "8"), ("nine", "9"),
        ("ten", "10"), ("eleven", "11"), ("twelve", "12"), ("fifteen", "15"), ("twenty", "20"), ("thirty", "30"), ("fifty", "50"),
        ("hundred", "100"), ("thousand", "1000"), ("dozen", "12"),
    }.ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal);

    /// <summary>The term of a word token, or null when the word carries no content.</summary>
    public static string? OfWord(ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLower(CultureInfo.InvariantCulture);
        if (NumberWords.TryGetValue(lower, out var digits))
        {
            return digits;
        }

        if (lower.Contains('.', StringComparison.Ordinal))
        {
            // "U.S." and "US" are one name; "a.m." says nothing.
            var letters = lower.Replace(".", "", StringComparison.Ordinal);
            return letters.Length >= 2 && word.Length > 0 && char.IsUpper(word[0]) ? letters + "." : null;
        }

        if (lower.Length == 2 && word.Length == 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]))
        {
            // An upper-case pair is an acronym ("US", "UN", "EU"), never the pronoun it spells.
            return lower + ".";
        }

        if (lower.Contains('-', StringComparison.Ordinal))
        {
            lower = lower.Replace("-", "", StringComparison.Ordinal);
        }

        if (lower.Length < 2 || !char.IsLetter(lower[0]))
        {
            return lower.Length > 0 && char.IsDigit(lower[0]) ? lower : null;
        }

        var canonical = NewsSynonyms.Canonicalize(lower);
        if (StopWords.Contains(canonical))
        {
            return null;
        }

        var stripped = SuffixStripper.Strip(canonical);
        var again = NewsSynonyms.Canonicalize(stripped);
        return StopWords.Contains(again) ? null : again;
    }

    /// <summary>The term of a number token: digits without thousands separators ("1,000" and "1000" agree).</summary>
    public static string OfNumber(ReadOnlySpan<char> number)
        => number.Contains(',') ? number.ToString().Replace(",", "", StringComparison.Ordinal) : number.ToString();
}
