using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Pairs quote marks into quoted spans. A mark opens when it stands before a word with a space or bracket (or nothing)
/// before it, and closes when it stands after a word; that one rule covers "…", “…”, «…», »…«, „…“ and '…' alike.
/// Marks pair within their family (double or single), so ‘…’ nested in “…” does not end the outer quote, and an
/// apostrophe that closes nothing (the Joneses' house) is ignored. A quote left open at the end of a paragraph continues
/// when the next paragraph opens with a mark of the same family (the newswire convention for multi-paragraph quotes);
/// otherwise it is dropped. Only outermost spans are returned.
/// </summary>
internal static class QuoteMarkPairer
{
    public static List<QuotedSpan> Pair(string text, ImmutableArray<Token> tokens)
    {
        var result = new List<QuotedSpan>();
        var stack = new List<(int Token, bool Double)>();
        var paragraphFirstToken = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var newParagraph = i > 0 && HasParagraphBreak(text, tokens[i - 1].End, token.Start);
            if (newParagraph)
            {
                var continues = stack.Count == 1 && stack[0].Double && token.Kind == TokenKind.QuoteMark && IsDouble(text[token.Start])
                                && IsOpening(text, token) && stack[0].Token == paragraphFirstToken;
                paragraphFirstToken = i;
                if (continues)
                {
                    // The mark that reopens the quote is part of the running quote, not a new one.
                    continue;
                }

                stack.Clear();
            }

            if (token.Kind != TokenKind.QuoteMark)
            {
                continue;
            }

            var isDouble = IsDouble(text[token.Start]);
            var opening = IsOpening(text, token);
            var closing = IsClosing(text, token);
            if (closing && (!opening || HasOpen(stack, isDouble)))
            {
                var at = stack.FindLastIndex(entry => entry.Double == isDouble);
                if (at >= 0)
                {
                    var open = stack[at].Token;
                    stack.RemoveRange(at, stack.Count - at);
                    if (stack.Count == 0 && tokens[open].End < token.Start)
                    {
                        result.Add(new QuotedSpan(open, i, new TextSpan(tokens[open].End, token.Start)));
                    }
                }
            }
            else if (opening)
            {
                stack.Add((i, isDouble));
            }
        }

        return result;
    }

    private static bool HasOpen(List<(int Token, bool Double)> stack, bool isDouble) => stack.Exists(entry => entry.Double == isDouble);

    private static bool HasParagraphBreak(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static bool IsDouble(char mark) => mark is not ('\'' or '‘' or '’' or '‚' or '‛' or '`');

    private static bool IsOpening(string text, Token token)
    {
        var before = token.Start == 0 ? ' ' : text[token.Start - 1];
        var after = token.End >= text.Length ? ' ' : text[token.End];
        return !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' || IsMark(before));
    }

    private static bool IsClosing(string text, Token token)
    {
        var before = token.Start == 0 ? ' ' : text[token.Start - 1];
        var after = token.End >= text.Length ? ' ' : text[token.End];
        return !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || IsMark(after));
    }

    private static bool IsMark(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '„' or '«' or '»' or '‹' or '›' or '‚' or '‛' or '‟';
}
