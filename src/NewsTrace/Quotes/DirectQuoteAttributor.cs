using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Attributes quoted spans: `"…," X said.`, `"…," said X.`, `X said: "…"`, `X said "…"`, a partial quote inside the
/// reporter's sentence (`X described the talks as "…"`), a short following sentence (`"…." He said.`) and a colon-ended
/// lead-in paragraph (`X told reporters:` then the quote). A quote with no cue of its own inherits the speaker of the
/// previous quote when it follows in the same or the next paragraph.
/// </summary>
internal sealed class DirectQuoteAttributor(QuoteContext context, SpeakerResolver resolver)
{
    private static readonly FrozenSet<string> PhraseEnders = FrozenSet.ToFrozenSet(
    [
        "on", "in", "at", "to", "during", "after", "before", "while", "when", "who", "which", "as", "adding", "saying", "of", "for",
        "with", "from", "by", "and", "but", "last", "this", "yesterday", "today", "earlier", "later", "told", "that",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Attributions for every span, in order; null where no speaker was found.</summary>
    public List<Attribution?> Attribute(List<QuotedSpan> quotes)
    {
        var result = new List<Attribution?>(quotes.Count);
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            var previousEnd = q > 0 ? quotes[q - 1].CloseToken : -1;
            var attribution = StartsSentence(quote.OpenToken)
                ? After(quote, quotes, q) ?? Before(quote, previousEnd) ?? NextSentence(quote)
                : Before(quote, previousEnd) ?? After(quote, quotes, q);
            var previous = q > 0 ? result[q - 1] : null;
            if (attribution is not null && attribution.Speaker is null && attribution.SpeakerSpan is null && previous is not null)
            {
                // "..., he said, adding: ..." — the cue has no subject of its own; the speaker carries over.
                attribution = previous with { Cue = attribution.Cue, CueSpan = attribution.CueSpan };
            }

            if (attribution is null && previous is not null && ParagraphsBetween(quotes[q - 1].CloseToken, quote.OpenToken) <= 1)
            {
                attribution = previous.Inherited();
            }

            result.Add(attribution);
        }

        return result;
    }

    /// <summary>True when the opening mark begins its sentence, or follows a colon or a cue ("X said: ..." / "X said ...").</summary>
    public bool StartsSentence(int openToken)
    {
        var sentence = context.SentenceOfToken[openToken];
        if (context.FirstTokenOf(sentence) >= openToken || openToken == 0)
        {
            return true;
        }

        var previous = openToken - 1;
        return context.IsPunctuation(previous, ":") || !context.OnSameLine(previous, openToken) || context.Tokens[previous].Kind == TokenKind.QuoteMark
               || CueVerbs.IsCue(context.Word(previous)) || (context.IsPunctuation(previous, ",") && previous > 0 && CueVerbs.IsCue(context.Word(previous - 1)));
    }

    private Attribution? After(QuotedSpan quote, List<QuotedSpan> quotes, int q)
    {
        var start = quote.CloseToken + 1;
        var tokens = context.Tokens;
        while (start < tokens.Length && tokens[start].Kind == TokenKind.Punctuation && context.Word(start) is "," or "—" or "–" or "-")
        {
            start++;
        }

        if (start >= tokens.Length || !context.OnSameLine(quote.CloseToken, start))
        {
            return null;
        }

        var limit = Math.Min(tokens.Length - 1, start + 12);
        if (q + 1 < quotes.Count)
        {
            limit = Math.Min(limit, quotes[q + 1].OpenToken - 1);
        }

        for (var k = start; k <= limit; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark || (k > start && !context.OnSameLine(k - 1, k)) || IsSentenceEnd(k))
            {
                return null;
            }

            if (!CueVerbs.IsCue(context.Word(k)))
            {
                continue;
            }

            var subject = k > start ? resolver.Resolve(start, k - 1) : FollowingSubject(k, limit);
            return subject is null ? null : subject with { Cue = context.Word(k).ToString(), CueSpan = tokens[k].Span };
        }

        return null;
    }

    private Attribution? FollowingSubject(int cue, int limit)
    {
        var end = cue;
        var tokens = context.Tokens;
        while (end + 1 <= Math.Min(limit + 6, tokens.Length - 1) && tokens[end + 1].Kind is TokenKind.Word or TokenKind.Abbreviation
               && context.OnSameLine(end, end + 1) && !PhraseEnders.Contains(context.Word(end + 1).ToString()))
        {
            end++;
        }

        return end > cue ? resolver.Resolve(cue + 1, end) : null;
    }

    private Attribution? Before(QuotedSpan quote, int previousQuoteEnd)
    {
        var sentence = context.SentenceOfToken[quote.OpenToken];
        var first = Math.Max(context.FirstTokenOf(sentence), previousQuoteEnd + 1);
        var last = quote.OpenToken - 1;
        if (last < first && last >= 0 && context.IsPunctuation(last, ":"))
        {
            // The lead-in "X told reporters:" stands in the previous sentence or paragraph.
            first = context.FirstTokenOf(context.SentenceOfToken[last]);
        }

        for (var k = last; k >= first; k--)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark || !CueVerbs.IsCue(context.Word(k)))
            {
                continue;
            }

            var subject = resolver.Resolve(first, k - 1) ?? FollowingSubject(k, last) ?? new Attribution(null, null, null, null, null);
            return subject with { Cue = context.Word(k).ToString(), CueSpan = context.Tokens[k].Span };
        }

        return null;
    }

    /// <summary>`"…." He said.` or `"…." Velichko added.`: a short sentence right after the quote that is only the attribution.</summary>
    private Attribution? NextSentence(QuotedSpan quote)
    {
        var sentence = context.SentenceOfToken[quote.CloseToken];
        if (sentence + 1 >= context.Sentences.Length)
        {
            return null;
        }

        var first = context.FirstTokenOf(sentence + 1);
        var last = context.LastTokenOf(sentence + 1);
        if (first <= quote.CloseToken || last - first > 7 || !context.OnSameLine(quote.CloseToken, first))
        {
            return null;
        }

        for (var k = first + 1; k <= last; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (CueVerbs.IsCue(context.Word(k)))
            {
                var subject = resolver.Resolve(first, k - 1);
                return subject is null ? null : subject with { Cue = context.Word(k).ToString(), CueSpan = context.Tokens[k].Span };
            }
        }

        return null;
    }

    private bool IsSentenceEnd(int k)
        => context.Tokens[k].Kind == TokenKind.Punctuation && context.Word(k) is "." or "!" or "?" or ";";

    private int ParagraphsBetween(int from, int to)
    {
        var count = 0;
        for (var i = context.Tokens[from].End; i < context.Tokens[to].Start; i++)
        {
            if (context.Text[i] == '\n' && context.Text[i - 1] != '\n')
            {
                count++;
            }
        }

        return count;
    }
}
