using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Quotes read with their neighbours: continuation paragraphs, exchanges, a second verb after a quote; the paragraph half of <see cref="DirectQuoteAttributor"/>.</summary>
internal sealed partial class DirectQuoteAttributor
{
    /// <summary>Quotes given their speaker by an exchange of uncued paragraphs, which the next uncued paragraph continues.</summary>
    private readonly HashSet<int> _exchange = [];

    /// <summary>
    /// True when only commas and "and" or "but" stand between <paramref name="previous"/>'s closing mark and the cue, in
    /// one sentence: the cue is a second verb of the previous quote's speaker.
    /// </summary>
    private bool CoordinatedAfter(QuotedSpan previous, Documents.TextSpan cueSpan)
    {
        var cue = context.FirstTokenAtOrAfter(cueSpan.Start);
        if (cue <= previous.CloseToken + 1 || context.SentenceOfToken[cue] != context.SentenceOfToken[previous.CloseToken])
        {
            return false;
        }

        var joined = false;
        for (var k = previous.CloseToken + 1; k < cue; k++)
        {
            if (context.Is(k, "and") || context.Is(k, "but"))
            {
                joined = true;
            }
            else if (!context.IsPunctuation(k, ","))
            {
                return false;
            }
        }

        return joined;
    }

    /// <summary>
    /// A two-person exchange: A's quote paragraph, then B's, then quote paragraphs with no cue at all. Each uncued paragraph
    /// answers the one before it, so it is A's, then B's again: the speaker of the quote paragraph before the previous
    /// one, when each of the three paragraphs opens with its quote (or B's follows narration, and A spoke to B) and the
    /// two speakers differ.
    /// </summary>
    private Attribution? Alternating(List<QuotedSpan> quotes, List<Attribution?> result, int q)
    {
        if (!IsWholeParagraph(quotes[q]))
        {
            return null;
        }

        var previousFirst = FirstQuoteOfParagraph(quotes, q - 1);
        if (previousFirst < 1 || ParagraphsBetween(quotes[previousFirst - 1].CloseToken, quotes[previousFirst].OpenToken) != 1)
        {
            return null;
        }

        var earlierFirst = FirstQuoteOfParagraph(quotes, previousFirst - 1);
        var earlier = result[previousFirst - 1];
        var previous = result[q - 1];
        if (earlier?.Speaker is not { } a || previous?.Speaker is not { } b || string.Equals(a, b, StringComparison.Ordinal))
        {
            return null;
        }

        // "“…,” Danforth told CNN's Rachel Amundsen. / Amundsen pressed her. “…,” she said. / “…”": a reply that the
        // narration leads into still makes an exchange, when the first speaker spoke to the second; and once an exchange
        // has begun, the next uncued paragraph goes on with it.
        var exchange = (OpensParagraph(quotes[earlierFirst]) && OpensParagraph(quotes[previousFirst]))
                       || (OpensParagraph(quotes[earlierFirst]) && NamedInSentence(quotes[previousFirst - 1].CloseToken, b))
                       || _exchange.Contains(q - 1);
        if (exchange)
        {
            _exchange.Add(q);
        }

        return exchange ? earlier : null;
    }

    /// <summary>
    /// A questioner and the one questioned: A asks (“…?”), B answers, A comes back with a cued paragraph, and the next uncued
    /// paragraph is B's answer, as at a town hall ("“…?” asked X. / Y: “…,” he said. / “…,” she said. / “…”"); narration
    /// may stand between the turns. Without A's question it is no exchange: a speaker's next uncued paragraph is their own.
    /// </summary>
    private Attribution? AnswersQuestioner(List<QuotedSpan> quotes, List<Attribution?> result, int q)
    {
        if (!IsWholeParagraph(quotes[q]) || result[q - 1]?.Speaker is not { } asker)
        {
            return null;
        }

        var askerTurn = FirstQuoteOfParagraph(quotes, q - 1);
        var answer = askerTurn - 1;
        if (answer < 1 || result[answer]?.Speaker is not { } answerer || string.Equals(answerer, asker, StringComparison.Ordinal)
            || ParagraphsBetween(quotes[answer].CloseToken, quotes[askerTurn].OpenToken) > 2)
        {
            return null;
        }

        var question = FirstQuoteOfParagraph(quotes, answer) - 1;
        if (question < 0 || !string.Equals(result[question]?.Speaker, asker, StringComparison.Ordinal)
            || ParagraphsBetween(quotes[question].CloseToken, quotes[answer].OpenToken) > 2 || !quotes[question].Inner.Slice(context.Text).Contains('?'))
        {
            return null;
        }

        _exchange.Add(q);
        return result[answer];
    }

    /// <summary>Words by which one speaker addresses another ("..., governor.", "Senator, ...").</summary>
    private static readonly WordSet Vocatives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["governor", "senator", "congressman", "congresswoman", "mayor", "minister", "secretary", "president", "sir", "madam", "ma'am",
         "judge", "chairman", "chairwoman", "commissioner", "councillor", "councilman", "councilwoman"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "“…,” Sayre said. / “Then tell them the truth, governor. …”": an uncued quote paragraph that addresses the previous
    /// speaker is a reply by someone else, the person named most recently before it other than that speaker; the
    /// exchange then goes on by alternation.
    /// </summary>
    private Attribution? Addressed(QuotedSpan quote, int q, Attribution previous)
    {
        if (previous.Speaker is not { } addressee || !IsWholeParagraph(quote) || !HasVocative(quote)
            || resolver.MostRecentOtherPerson(context.Tokens[quote.OpenToken].Start, addressee) is not { } other)
        {
            return null;
        }

        _exchange.Add(q);
        return other;
    }

    private bool HasVocative(QuotedSpan quote)
    {
        for (var k = quote.OpenToken + 1; k < quote.CloseToken; k++)
        {
            if (!context.WordIn(Vocatives, k))
            {
                continue;
            }

            // "..., governor." or "..., senator," inside the quote; "Senator, ..." opening it or a sentence in it.
            var afterComma = context.IsPunctuation(k - 1, ",") && k + 1 < quote.CloseToken && context.Tokens[k + 1].Kind == Text.TokenKind.Punctuation;
            var opening = (k == quote.OpenToken + 1 || context.IsPunctuation(k - 1, ".")) && context.IsPunctuation(k + 1, ",");
            if (afterComma || opening)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence holding <paramref name="token"/> names <paramref name="person"/> (by the same resolved name).</summary>
    private bool NamedInSentence(int token, string person)
    {
        var sentence = context.SentenceOfToken[token];
        for (var k = context.FirstTokenOf(sentence); k <= context.LastTokenOf(sentence); k++)
        {
            if (context.EntityStartingAt[k] is var e and >= 0 && string.Equals(context.Entities[e].Canonical ?? context.Entities[e].Span.Of(context.Text), person, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private int FirstQuoteOfParagraph(List<QuotedSpan> quotes, int q)
    {
        while (q > 0 && ParagraphsBetween(quotes[q - 1].CloseToken, quotes[q].OpenToken) == 0)
        {
            q--;
        }

        return q;
    }

    private bool OpensParagraph(QuotedSpan quote)
    {
        var start = context.Tokens[quote.OpenToken].Start;
        var lineStart = context.Text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        return context.Text.AsSpan(lineStart, start - lineStart).IsWhiteSpace();
    }

    /// <summary>The paragraph holds nothing but this quote.</summary>
    private bool IsWholeParagraph(QuotedSpan quote) => OpensParagraph(quote) && ClosesParagraph(quote);

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
