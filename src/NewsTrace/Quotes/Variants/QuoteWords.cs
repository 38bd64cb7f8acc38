using System.Globalization;
using NewsTrace.Stories.Features;

namespace NewsTrace.Quotes.Variants;

/// <summary>
/// The words of a quotation as grouping compares them: letters and digits, lower case, apostrophes dropped, so
/// punctuation, quote marks and capitalisation never tell two variants apart.
/// </summary>
internal sealed class QuoteWords
{
    private QuoteWords(HashSet<string> all, HashSet<string> content)
    {
        All = all;
        Content = content;
    }

    public HashSet<string> All { get; }

    /// <summary>The words that are not stop words: what two quotes must share to be one statement.</summary>
    public HashSet<string> Content { get; }

    public static QuoteWords Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = new HashSet<string>(StringComparer.Ordinal);
        var word = new System.Text.StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (c is '\'' or '\u2019' && word.Length > 0)
            {
                continue;
            }
            else if (word.Length > 0)
            {
                all.Add(word.ToString());
                word.Clear();
            }
        }

        var content = all.Where(w => !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return new QuoteWords(all, content);
    }
}
