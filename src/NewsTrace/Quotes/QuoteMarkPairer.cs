using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Pairs quote marks into quoted spans. A mark opens when it stands before a word with a space or bracket (or nothing)
/// before it, and closes when it stands after a word; that one rule covers "…", “…”, «…», »…«, „…“ and '…' alike.
/// Marks pair within their family (double or single), so ‘…’ nested in “…” does not end the outer quote, and an
/// apostrophe that closes nothing (the Joneses' house) is ignored. A quote left open at the end of a paragraph continues
/// when the next paragraph opens with a mark of the same family (the newswire convention for multi-paragraph quotes),
/// for as many paragraphs as it runs, if it opened where a quoted sentence may start (the paragraph's start, after a
/// sentence's end, a colon or a verb of saying); otherwise it is dropped. Outermost spans are returned; spans nested
/// inside them (‘…’ in “…”, “…” in ‘…’) go to the optional second list.
/// </summary>
internal static class QuoteMarkPairer
{
    public static List<QuotedSpan> Pair(string text, ImmutableArray<Token> tokens) => Pair(text, tokens, null);

    public static List<QuotedSpan> Pair(string text, ImmutableArray<Token> tokens, List<QuotedSpan>? nested)
    {
        var result = new List<QuotedSpan>();
        var stack = new List<(int Token, bool Double)>();
        var paragraphFirstToken = 0;
        var outerMayContinue = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var newParagraph = i > 0 && HasParagraphBreak(text, tokens[i - 1].End, token.Start);
            if (newParagraph)
            {
                var continues = stack.Count == 1 && stack[0].Double && token.Kind == TokenKind.QuoteMark && IsDouble(text[token.Start])
                                && IsOpening(text, token) && outerMayContinue;
                paragraphFirstToken = i;
                if (continues)
                {
                    // The mark that reopens the quote is part of the running quote, not a new one.
                    continue;
                }

                if (!(stack.Count == 1 && stack[0].Double && outerMayContinue && ClosesOverLineBreaks(text, tokens, i)))
                {
                    stack.Clear();
                }
            }

            if (token.Kind != TokenKind.QuoteMark)
            {
                continue;
            }

            var isDouble = IsDouble(text[token.Start]);
            var opening = IsOpening(text, token);
            var closing = IsClosing(text, token);
            if (closing && !opening && !isDouble && HasOpen(stack, isDouble) && IsPluralPossessive(text, tokens, i))
            {
                continue;
            }

            if (closing && (!opening || HasOpen(stack, isDouble)))
            {
                var at = LastOpen(stack, isDouble);
                if (at >= 0)
                {
                    var open = stack[at].Token;
                    stack.RemoveRange(at, stack.Count - at);
                    if (tokens[open].End < token.Start)
                    {
                        (stack.Count == 0 ? result : nested)?.Add(new QuotedSpan(open, i, new TextSpan(tokens[open].End, token.Start)));
                    }
                }
            }
            else if (opening)
            {
                if (stack.Count == 0)
                {
                    outerMayContinue = i == paragraphFirstToken || MayStartQuotedSentence(text, tokens, i);
                }

                stack.Add((i, isDouble));
            }
        }

        return result;
    }

    /// <summary>
    /// "… to hand my constituents' green fields to …'": a single mark after an "s", before a word, inside an open single
    /// quote, is a plural possessive when the next single mark of the paragraph can only close (the quote's real end).
    /// </summary>
    private static bool IsPluralPossessive(string text, ImmutableArray<Token> tokens, int mark)
    {
        var start = tokens[mark].Start;
        if (start == 0 || text[start - 1] is not ('s' or 'S') || tokens[mark].End + 1 >= text.Length || text[tokens[mark].End] != ' '
            || !char.IsLetter(text[tokens[mark].End + 1]))
        {
            return false;
        }

        for (var j = mark + 1; j < tokens.Length && !HasParagraphBreak(text, tokens[j - 1].End, tokens[j].Start); j++)
        {
            if (tokens[j].Kind == TokenKind.QuoteMark && !IsDouble(text[tokens[j].Start]))
            {
                return IsClosing(text, tokens[j]) && !IsOpening(text, tokens[j]);
            }
        }

        return false;
    }

    /// <summary>Lines a quote may run over without marks of its own in text written one sentence a line.</summary>
    private const int MaxLinesRunOver = 6;

    /// <summary>
    /// "“The effects depend on how severe it is.\nSo if a pregnant woman lacks iodine, …,” he said.": in text written one
    /// sentence a line (single line breaks, no blank line), a quote open at a line's end runs on when the first double
    /// mark of the following lines, within a few, can only close. A blank line, or an opening mark first, ends it.
    /// </summary>
    private static bool ClosesOverLineBreaks(string text, ImmutableArray<Token> tokens, int lineStart)
    {
        var lines = 0;
        for (var j = lineStart; j < tokens.Length; j++)
        {
            if (j > 0 && HasParagraphBreak(text, tokens[j - 1].End, tokens[j].Start))
            {
                var gap = text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End);
                if (gap.IndexOf('\n') != gap.LastIndexOf('\n') || ++lines > MaxLinesRunOver)
                {
                    return false;
                }
            }

            if (tokens[j].Kind == TokenKind.QuoteMark && IsDouble(text[tokens[j].Start]))
            {
                return IsClosing(text, tokens[j]) && !IsOpening(text, tokens[j]);
            }
        }

        return false;
    }

    /// <summary>An opening mark after a sentence's end, a colon or a verb of saying begins quoted sentences, which may run on over paragraphs.</summary>
    private static bool MayStartQuotedSentence(string text, ImmutableArray<Token> tokens, int mark)
    {
        if (mark == 0)
        {
            return true;
        }

        var previous = text.AsSpan(tokens[mark - 1].Start, tokens[mark - 1].Length);
        return previous is "." or ":" or "?" or "!" || CueVerbs.IsCue(previous)
               || (previous is "," && mark > 1 && CueVerbs.IsCue(text.AsSpan(tokens[mark - 2].Start, tokens[mark - 2].Length)));
    }

    private static bool HasOpen(List<(int Token, bool Double)> stack, bool isDouble) => LastOpen(stack, isDouble) >= 0;

    /// <summary>
    /// The innermost open mark of the family, or -1. A loop rather than a FindLastIndex lambda, whose closure was
    /// allocated for every token.
    /// </summary>
    private static int LastOpen(List<(int Token, bool Double)> stack, bool isDouble)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Double == isDouble)
            {
                return k;
            }
        }

        return -1;
    }

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
