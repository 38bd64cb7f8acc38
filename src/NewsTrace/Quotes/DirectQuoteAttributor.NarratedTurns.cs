using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Uncued quotes after narration about a person, in the paragraph before or in their own; a part of <see cref="DirectQuoteAttributor"/>.</summary>
internal sealed partial class DirectQuoteAttributor
{
    /// <summary>
    /// A quote paragraph with no cue after one paragraph of narration that opens with a person:
    /// <list type="bullet">
    /// <item>doing something ("Valdespino laughed at the polling figure. / “Ask those nine out of 10 people ...”"): the
    /// person the narration brought on speaks;</item>
    /// <item>saying something ("Vandiver said the company had needed the time. / “You knew within a week ...”"): the
    /// quote answers them, so the speaker of the quote before the narration speaks, and an exchange begins that the next
    /// uncued paragraphs carry on by turns.</item>
    /// </list>
    /// Null where the narration opens with no person, or the reply would be the narrated person's own.
    /// </summary>
    private Attribution? NarratedTurn(List<QuotedSpan> quotes, List<Attribution?> result, int q)
    {
        var quote = quotes[q];
        if (q == 0 || !IsWholeParagraph(quote) || ParagraphsBetween(quotes[q - 1].CloseToken, quote.OpenToken) != 2)
        {
            return null;
        }

        var start = quotes[q - 1].CloseToken + 1;
        while (start < quote.OpenToken && context.OnSameLine(start - 1, start))
        {
            start++;
        }

        // "Sen. Deborah Scarpelli (D-Mass.) wasn't buying it.": a title before the name and a tag after it are stepped over.
        var first = start < quote.OpenToken && context.EntityStartingAt[start] < 0 && context.Tokens[start].Kind == TokenKind.Abbreviation ? start + 1 : start;
        if (first >= quote.OpenToken || context.EntityStartingAt[first] is not (var e and >= 0) || context.Entities[e].Type != EntityTypes.Person)
        {
            return null;
        }

        var person = context.Entities[e];
        var verb = context.FirstTokenAtOrAfter(person.Span.End);
        if (verb < quote.OpenToken && context.IsPunctuation(verb, "("))
        {
            while (verb < quote.OpenToken && !context.IsPunctuation(verb, ")"))
            {
                verb++;
            }

            verb++;
        }

        verb = AfterApposition(verb, quote.OpenToken);
        if (verb >= quote.OpenToken || context.Tokens[verb].Kind != TokenKind.Word || !context.OnSameLine(start, verb))
        {
            return null;
        }

        var narrated = Attribution.OfPerson(person, context.Text);
        if (!CueVerbs.IsCue(context.Word(verb)))
        {
            return narrated;
        }

        if (result[q - 1] is not { Speaker: { } asker } previous || string.Equals(asker, narrated.Speaker, StringComparison.Ordinal))
        {
            return null;
        }

        _exchange.Add(q);
        return previous.Inherited();
    }

    /// <summary>
    /// "Hal Brannigan, who leads the club, shook his head": the token after a relative clause or an apposition ("X, the
    /// county's sheriff, ...") set off by commas, or <paramref name="comma"/> where none opens there.
    /// </summary>
    private int AfterApposition(int comma, int end)
    {
        const int MaxClauseTokens = 16;
        if (comma + 1 >= end || !context.IsPunctuation(comma, ",") || context.Word(comma + 1) is not ("who" or "a" or "an" or "the"))
        {
            return comma;
        }

        for (var k = comma + 2; k < Math.Min(end, comma + MaxClauseTokens); k++)
        {
            if (context.IsPunctuation(k, ","))
            {
                return k + 1;
            }

            if (!context.OnSameLine(comma, k) || context.IsPunctuation(k, "."))
            {
                return comma;
            }
        }

        return comma;
    }

    /// <summary>
    /// "Asked about the amendment, Wendorf said it would have reopened talks. “You can’t amend a trade agreement on the
    /// floor.”": the paragraph's first quote, with no cue, closing it right after a sentence in which a person said something
    /// goes on with that person's words. Null where the sentence before is in another paragraph or has no person saying.
    /// </summary>
    private Attribution? AfterReportedSentence(QuotedSpan quote)
    {
        var sentence = context.SentenceOfToken[quote.OpenToken];
        if (sentence == 0 || context.FirstTokenOf(sentence) != quote.OpenToken || !ClosesParagraph(quote))
        {
            return null;
        }

        var first = context.FirstTokenOf(sentence - 1);
        var last = context.LastTokenOf(sentence - 1);
        if (!context.OnSameLine(last, quote.OpenToken))
        {
            return null;
        }

        for (var k = first + 1; k <= last; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (CueVerbs.IsCue(context.Word(k)) && context.EntityEndingAt[k - 1] is var e and >= 0 && context.Entities[e].Type == EntityTypes.Person)
            {
                return Attribution.OfPerson(context.Entities[e], context.Text);
            }
        }

        return null;
    }

    /// <summary>Nothing but white space follows the quote on its line.</summary>
    private bool ClosesParagraph(QuotedSpan quote)
    {
        var end = context.Tokens[quote.CloseToken].End;
        var lineEnd = context.Text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? context.Text.Length : lineEnd;
        return context.Text.AsSpan(end, lineEnd - end).IsWhiteSpace();
    }
}
