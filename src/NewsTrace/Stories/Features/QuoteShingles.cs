using NewsTrace.Text;

namespace NewsTrace.Stories.Features;

/// <summary>
/// Shared quotations as terms: every run of <see cref="Size"/> consecutive content words inside double quotation marks
/// (" “ ” « » „ and the `` '' pairs of plain-text corpora) becomes one <see cref="TermClass.Quote"/> term. Two reports
/// that carry the same words of the same statement share these terms; paraphrase and single shared words do not.
/// </summary>
internal static class QuoteShingles
{
    /// <summary>The prefix that keeps a shingle from ever meeting a plain word term.</summary>
    public const char Marker = '"';

    /// <summary>Words per shingle: three content words in a row are specific to one statement (two gave the same ECB+ figures).</summary>
    public const int Size = 3;

    public static void AddTo(Dictionary<string, TermCount> terms, string text, int size)
    {
        var inQuote = false;
        var words = new List<string>();
        var previousEnd = 0;
        var previousWasSingleMark = false;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var gap = text.AsSpan(previousEnd, token.Start - previousEnd);
            if (gap.Contains('\n'))
            {
                // A quotation left open at a paragraph end is closed there: a stray mark must not swallow the article.
                Flush(terms, words, size);
                inQuote = false;
            }

            var adjacent = gap.IsEmpty;
            previousEnd = token.End;
            if (token.Kind == TokenKind.QuoteMark)
            {
                var mark = text[token.Start];
                var doubled = previousWasSingleMark && adjacent && mark is '`' or '\'';
                previousWasSingleMark = !doubled && mark is '`' or '\'';
                if (mark is '“' or '«' or '„' || (doubled && text[token.Start - 1] == '`'))
                {
                    Flush(terms, words, size);
                    inQuote = true;
                }
                else if (mark is '”' or '»' or '‟' || doubled)
                {
                    Flush(terms, words, size);
                    inQuote = false;
                }
                else if (mark == '"')
                {
                    Flush(terms, words, size);
                    inQuote = !inQuote;
                }

                continue;
            }

            previousWasSingleMark = false;
            if (inQuote && token.Kind is TokenKind.Word or TokenKind.Abbreviation && ContentTerms.WordKey(text.AsSpan(token.Start, token.Length)) is { } key)
            {
                words.Add(key);
            }
        }

        Flush(terms, words, size);
    }

    private static void Flush(Dictionary<string, TermCount> terms, List<string> words, int size)
    {
        for (var i = 0; i + size <= words.Count; i++)
        {
            ContentTerms.CountTerm(terms, Marker + string.Join(' ', words.GetRange(i, size)), TermClass.Quote);
        }

        words.Clear();
    }
}
