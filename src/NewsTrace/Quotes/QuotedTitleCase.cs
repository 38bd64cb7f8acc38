using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// "the campaign's “Holding the Line” ad", "the report “Pathways Home: A Plan for Fairhaven”", "a banner reading “Safe Water
/// for Every Community”": words in title case (every word capitalised but the small ones) name a work, a slogan or a
/// programme. With no one found to have said them, they are no quotation.
/// </summary>
internal static class QuotedTitleCase
{
    private const int MaxWords = 10;

    private static readonly WordSet SmallWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "of", "for", "and", "or", "nor", "but", "in", "on", "to", "at", "by", "with", "from", "vs", "vs."], StringComparer.Ordinal);

    /// <summary>
    /// Removes uncredited direct and partial quotes with no cue whose words are in title case, but not in the headline,
    /// where every word is capitalised anyway ("Mayor Vows to “Fight Like Hell”").
    /// </summary>
    public static void Drop(string text, List<Quotation> output)
        => output.RemoveAll(quote => quote.Speaker is null && quote.Cue is null && quote.Kind is QuoteKinds.Direct or QuoteKinds.Partial
                                     && text.AsSpan(0, quote.Span.Start).Contains('\n') && IsTitleCase(quote.Span.Slice(text)));

    /// <summary>Two to ten words, the first and every other but the small ones capitalised, with no full stop, question or exclamation at the end.</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> words)
    {
        words = words.Trim().TrimEnd(",;'\u2019\"\u201d");
        if (words.IsEmpty || words[^1] is '.' or '?' or '!')
        {
            return false;
        }

        int count = 0, capitalised = 0;
        foreach (var range in words.SplitAny(" \u00a0"))
        {
            var word = words[range].Trim("\"'\u2018\u2019\u201c\u201d:()-");
            if (word.IsEmpty)
            {
                continue;
            }

            count++;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
            {
                capitalised++;
            }
            else if (count == 1 || !SmallWords.Contains(word))
            {
                return false;
            }
        }

        return count is >= 2 and <= MaxWords && capitalised >= 2;
    }
}
