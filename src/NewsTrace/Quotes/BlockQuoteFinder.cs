using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Finds block quotes: a paragraph ending in a colon whose last sentence has a reporting cue with a speaker ("He said,
/// according to the text published by his office:") introduces the next paragraph as that speaker's words, printed
/// without quote marks. Only one paragraph is taken: what follows is the reporter's again unless marked.
/// </summary>
internal sealed class BlockQuoteFinder(QuoteContext context, SpeakerResolver resolver)
{
    /// <summary>A shorter paragraph is a heading or a list item, not a quoted statement.</summary>
    private const int MinQuoteLength = 40;

    /// <summary>Adds the block quotes outside <paramref name="covered"/> and returns the spans they cover.</summary>
    public List<TextSpan> Find(List<Quotation> output, List<TextSpan> covered)
    {
        var found = new List<TextSpan>();
        var tokens = context.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            var lineEnd = LineEnd(i);
            if (context.IsPunctuation(lineEnd, ":") && lineEnd + 1 < tokens.Length
                && Introducer(i, lineEnd) is { } who
                && tokens[lineEnd + 1].Kind != TokenKind.QuoteMark)
            {
                var nextEnd = LineEnd(lineEnd + 1);
                var span = new TextSpan(tokens[lineEnd + 1].Start, tokens[nextEnd].End);
                if (span.Length >= MinQuoteLength && !covered.Exists(c => c.Overlaps(span)))
                {
                    output.Add(new Quotation(span, QuoteKinds.Direct, who.Speaker, who.SpeakerSpan, who.SpeakerEntity, who.Cue, who.CueSpan));
                    found.Add(span);
                }
            }

            i = lineEnd + 1;
        }

        return found;
    }

    /// <summary>The speaker and cue of the line's last sentence, when it has a reporting verb with a resolvable subject.</summary>
    private Attribution? Introducer(int lineStart, int colon)
    {
        var first = Math.Max(lineStart, context.FirstTokenOf(context.SentenceOfToken[colon]));
        for (var k = first + 1; k < colon; k++)
        {
            var word = context.Word(k);
            if (!CueVerbs.IsReporting(word) || word.EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }

            var subject = resolver.Resolve(first, k - 1);
            return subject?.Speaker is null ? null : subject with { Cue = word.ToString(), CueSpan = context.Tokens[k].Span };
        }

        return null;
    }

    private int LineEnd(int start)
    {
        var end = start;
        while (end + 1 < context.Tokens.Length && context.OnSameLine(end, end + 1))
        {
            end++;
        }

        return end;
    }
}
