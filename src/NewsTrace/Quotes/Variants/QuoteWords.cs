using System.Globalization;
using NewsTrace.Stories.Features;

namespace NewsTrace.Quotes.Variants;

/// <summary>
/// The words of a quotation as grouping compares them: letters and digits, lower case, apostrophes dropped, so
/// punctuation, quote marks and capitalisation never tell two variants apart.
/// </summary>
internal sealed class QuoteWords
{
    private QuoteWords(HashSet<string> all, HashSet<string> content, List<string> sequence)
    {
        All = all;
        Content = content;
        Sequence = sequence;
    }

    /// <summary>The words in text order, repeats kept: for phrases that must match as a run, not as a bag.</summary>
    public IReadOnlyList<string> Sequence { get; }

    public HashSet<string> All { get; }

    /// <summary>The words that are not stop words: what two quotes must share to be one statement.</summary>
    public HashSet<string> Content { get; }

    public static QuoteWords Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sequence = new List<string>();
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
                sequence.Add(word.ToString());
                word.Clear();
            }
        }

        var all = sequence.ToHashSet(StringComparer.Ordinal);
        var content = all.Where(w => !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return new QuoteWords(all, content, sequence);
    }
}
