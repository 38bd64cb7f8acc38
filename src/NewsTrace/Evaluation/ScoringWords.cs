using System.Globalization;
using System.Text;

namespace NewsTrace.Evaluation;

/// <summary>
/// The word tokens of the WCXB metric: Python's <c>re.findall(r"\w+", text.lower())</c>. Python's <c>\w</c> on
/// str is what <c>str.isalnum()</c> accepts plus the underscore: letters (Lu, Ll, Lt, Lm, Lo) and numbers (Nd, Nl,
/// No). Unlike .NET's <c>\w</c> it does not match combining marks (Mn, Mc) nor connector punctuation other than
/// '_': in Python "नमस्ते" is the two words "नमस" and "त", and "e\u0301" is "e". Matching Python exactly keeps our
/// figures comparable with the published ones, which were computed that way.
/// </summary>
public static class ScoringWords
{
    /// <summary>True for the code points Python's <c>\w</c> matches.</summary>
    public static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>The lower-cased word tokens of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        var start = -1;
        var index = 0;
        while (index < lower.Length)
        {
            Rune.DecodeFromUtf16(lower.AsSpan(index), out var rune, out var length);
            var isWord = IsWordRune(rune);
            if (isWord && start < 0)
            {
                start = index;
            }
            else if (!isWord && start >= 0)
            {
                yield return lower[start..index];
                start = -1;
            }

            index += length;
        }

        if (start >= 0)
        {
            yield return lower[start..];
        }
    }

    /// <summary>How often each word occurs: the bag of words with multiplicity.</summary>
    public static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Tokenize(text))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }
}
