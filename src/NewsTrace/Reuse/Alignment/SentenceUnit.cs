using NewsTrace.Documents;

namespace NewsTrace.Reuse.Alignment;

/// <summary>One sentence of a compared text: its span, its run of words, and its distinct terms in ascending id order.</summary>
internal sealed record SentenceUnit(TextSpan Span, int FirstWord, int WordEnd, int[] Terms)
{
    public int WordCount => WordEnd - FirstWord;
}
