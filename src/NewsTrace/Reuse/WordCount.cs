using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Reuse;

/// <summary>Words (letters or digits: words, numbers, abbreviations) inside a span, the unit every reuse measure counts.</summary>
internal static class WordCount
{
    public static int In(string text, TextSpan span)
    {
        var count = 0;
        foreach (var token in Tokenizer.Enumerate(span.Slice(text)))
        {
            if (IsWord(token.Kind))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The spans of the words inside <paramref name="span"/>, in order.</summary>
    public static ImmutableArray<TextSpan> Spans(string text, TextSpan span)
    {
        var builder = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var token in Tokenizer.Enumerate(span.Slice(text)))
        {
            if (IsWord(token.Kind))
            {
                builder.Add(new TextSpan(span.Start + token.Start, span.Start + token.End));
            }
        }

        return builder.ToImmutable();
    }

    private static bool IsWord(TokenKind kind) => kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation;
}
