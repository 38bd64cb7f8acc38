using System.Globalization;
using System.Text;
using NewsTrace.Stories.Features;

namespace NewsTrace.Storage;

/// <summary>
/// How stores keep an article's content-term counts in one text column: one "term TAB count TAB class" line per term,
/// terms in ordinal order (content terms never hold tabs or line breaks: the tokenizer splits on white space).
/// </summary>
public static class StoryTermsText
{
    public static string Encode(IReadOnlyDictionary<string, TermCount> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var text = new StringBuilder(terms.Count * 12);
        foreach (var (term, count) in terms.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (term.AsSpan().IndexOfAny('\t', '\n') >= 0)
            {
                throw new ArgumentException($"A content term cannot hold a tab or a line break: '{term}'.", nameof(terms));
            }

            text.Append(term).Append('\t').Append(count.Count.ToString(CultureInfo.InvariantCulture)).Append('\t').Append((int)count.Class).Append('\n');
        }

        return text.ToString();
    }

    public static IReadOnlyDictionary<string, TermCount> Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new Dictionary<string, TermCount>(StringComparer.Ordinal);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var first = line.IndexOf('\t');
            var second = line[(first + 1)..].IndexOf('\t') + first + 1;
            if (first <= 0 || second <= first)
            {
                throw new FormatException("A stored term line is not 'term TAB count TAB class'.");
            }

            var count = int.Parse(line[(first + 1)..second], NumberStyles.None, CultureInfo.InvariantCulture);
            var termClass = (TermClass)int.Parse(line[(second + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
            terms[line[..first].ToString()] = new TermCount(count, termClass);
        }

        return terms;
    }
}
