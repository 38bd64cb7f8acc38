using System.Collections.Frozen;
using System.Globalization;
using NewsTrace.Documents;

namespace NewsTrace.Reuse.Discrepancies;

/// <summary>
/// The quantities a run of words states: digits ("5,000", "1.9") and number words ("three", "twelve"), with a
/// following scale word ("billion", "thousand") multiplied in. "1.9 billion" and "1,900 million" are one value.
/// </summary>
internal static class NumberValues
{
    private static readonly FrozenDictionary<string, double> Words = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["dozen"] = 12,
        ["half"] = 0.5,
        ["once"] = 1,
        ["twice"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2,
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
        ["bn"] = 1e9,
        ["m"] = 1e6,
        ["k"] = 1e3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static List<double> In(string text, TextSpan span)
    {
        var values = new List<double>();
        var words = WordCount.Spans(text, span);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Of(text);
            double value;
            if (double.TryParse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                value = parsed;
            }
            else if (Words.TryGetValue(word, out var named))
            {
                value = named;
            }
            else
            {
                continue;
            }

            if (i + 1 < words.Length && Scales.TryGetValue(words[i + 1].Of(text), out var scale))
            {
                value *= scale;
                i++;
            }

            values.Add(value);
        }

        return values;
    }

    /// <summary>True when the span holds a word the tokenizer sees as a number or a number word.</summary>
    public static bool Any(string text, TextSpan span) => In(text, span).Count > 0;
}
