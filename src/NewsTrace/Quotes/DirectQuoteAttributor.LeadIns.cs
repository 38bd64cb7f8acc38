using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Speakers named around a quote without a verb next to it: colon lead-ins, "his words", the next sentence; the lead-in half of <see cref="DirectQuoteAttributor"/>.</summary>
internal sealed partial class DirectQuoteAttributor
{
    /// <summary>
    /// "Halvorsen shot back: “…”", "Her words were blunt: “…”": a lead-in of a few words ending in a colon, with no verb of
    /// saying, that opens with a person's name or with "his"/"her" gives the quote to that person.
    /// </summary>
    private Attribution? ColonLeadIn(QuotedSpan quote)
    {
        var colon = quote.OpenToken - 1;
        if (colon < 1 || !context.IsPunctuation(colon, ":"))
        {
            return null;
        }

        var first = context.FirstTokenOf(context.SentenceOfToken[colon]);

        // "EXCLUSIVE — Gallister: “…”": a rubric and a dash before the lead-in are no part of it.
        for (var k = colon - 1; k > first; k--)
        {
            if (context.IsPunctuation(k, "—") || context.IsPunctuation(k, "–"))
            {
                first = k + 1;
                break;
            }
        }

        if (colon - first > MaxColonLeadInTokens || colon - first < 1)
        {
            return null;
        }

        // A title the entity layer left out of the name ("Governor Ivo Strand") may stand before it.
        var nameStart = first;
        while (nameStart < first + 2 && context.EntityStartingAt[nameStart] < 0 && char.IsUpper(context.Text[context.Tokens[nameStart].Start]))
        {
            nameStart++;
        }

        if (context.EntityStartingAt[nameStart] is var entity and >= 0 && context.Entities[entity].Type == EntityTypes.Person)
        {
            var end = nameStart;
            while (end < colon && context.EntityEndingAt[end] != entity)
            {
                end++;
            }

            var restHasName = Enumerable.Range(end + 1, Math.Max(0, colon - end - 1)).Any(i => context.EntityStartingAt[i] >= 0);

            // "Kellerman campaign manager: “…”": a role after the name is someone else, the name's aide, whom the body names.
            var roleAfter = colon - 1 > end && IsRoleNoun(colon - 1);
            return end < colon && !restHasName && !roleAfter ? resolver.Resolve(nameStart, end) : null;
        }

        return resolver.ResolvePossessive(first);
    }

    /// <summary>
    /// "Sen. Dale Mercado (D-Nev.) on Twitter: “…”", "Rep. Ines Moll on CNN: “…”": a person, perhaps a party tag, then "on" and
    /// the platform or programme, and a colon: the person posted or said it there; the lead-in may follow a newsletter's
    /// rubric and a dash ("TOP TALKER — ...").
    /// </summary>
    private Attribution? PlatformLeadIn(QuotedSpan quote)
    {
        var colon = quote.OpenToken - 1;
        if (colon < 3 || !context.IsPunctuation(colon, ":"))
        {
            return null;
        }

        // The platform: one to three capitalised words after "on".
        var on = colon - 1;
        while (on > colon - 4 && on > 0 && char.IsUpper(context.Text[context.Tokens[on].Start]) && context.Tokens[on].Kind is TokenKind.Word or TokenKind.Abbreviation)
        {
            on--;
        }

        if (on == colon - 1 || !context.Is(on, "on"))
        {
            return null;
        }

        var end = on - 1;
        // "(D-Nev.)": the bracket, the tag and its stop.
        if (context.IsPunctuation(end, ")"))
        {
            var open = resolver.BracketedPartyTag(0, end);
            if (open < 0)
            {
                return null;
            }

            end = open - 1;
        }

        if (end < 0 || context.EntityEndingAt[end] is not (var entity and >= 0) || context.Entities[entity].Type != EntityTypes.Person
            || context.SentenceOfToken[end] != context.SentenceOfToken[colon])
        {
            return null;
        }

        var person = context.Entities[entity];
        return Attribution.OfPerson(person, context.Text);
    }

    /// <summary>A lower-case title or role noun ("spokesman", "manager", "adviser").</summary>
    private bool IsRoleNoun(int token)
    {
        var word = context.Word(token);
        return word.Length > 2 && char.IsLower(word[0])
               && (Entities.Data.NameWords.PersonTitles.Contains(word.ToString()) || word is "manager" or "strategist" or "pollster" or "surrogate" or "ally" or "lawyer");
    }

    /// <summary>
    /// "“This town deserves an answer.” With those words, councillor X opened the debate.": a sentence that takes the
    /// quote up as "those words" names its speaker, the first person it mentions.
    /// </summary>
    private Attribution? WordsTakenUp(QuotedSpan quote)
    {
        var sentence = context.SentenceOfToken[quote.CloseToken] + 1;
        if (sentence >= context.Sentences.Length)
        {
            return null;
        }

        var first = context.FirstTokenOf(sentence);
        var last = context.LastTokenOf(sentence);
        var takesUp = false;
        for (var k = first; k < Math.Min(last, first + 4); k++)
        {
            takesUp |= (context.Is(k, "those") || context.Is(k, "these")) && (context.Is(k + 1, "words") || context.Is(k + 1, "remarks"));

            // "Those were the words of X", "That was the response of X", "The verdict came from X".
            takesUp |= k + 3 <= last && Demonstratives.Contains(context.Word(k).ToString()) && TakesUpTheQuote(k + 1, Math.Min(last, k + 4));
        }

        if (!takesUp)
        {
            return ThatWas(first, last);
        }

        if (CameFrom(first, Math.Min(last, first + 8)) is { } from)
        {
            return from;
        }

        for (var k = first; k <= last; k++)
        {
            if (context.EntityStartingAt[k] is var entity and >= 0 && context.Entities[entity].Type == EntityTypes.Person)
            {
                var person = context.Entities[entity];
                return new Attribution(person.Canonical ?? person.Span.Of(context.Text), person.Span, person.Canonical, null, null);
            }
        }

        return null;
    }

    /// <summary>
    /// "That assessment came from a government MP who asked not to be named", "The defence of the premier came from Ray
    /// Boudreau": the phrase after "came from" is the speaker, whoever else the sentence names before it.
    /// </summary>
    private Attribution? CameFrom(int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (!(context.Is(k, "came") || context.Is(k, "come") || context.Is(k, "comes")) || !context.Is(k + 1, "from"))
            {
                continue;
            }

            var start = k + 2;
            if (context.EntityStartingAt[start] is var entity and >= 0)
            {
                return context.Entities[entity].Type == EntityTypes.Person ? Named(context.Entities[entity]) : null;
            }

            var end = start;
            while (end + 1 < context.Tokens.Length && context.Tokens[end + 1].Kind == TokenKind.Word && context.OnSameLine(end, end + 1)
                   && !PhraseEnders.Contains(context.Word(end + 1).ToString()))
            {
                end++;
            }

            return resolver.Resolve(start, end);
        }

        return null;
    }

    /// <summary>
    /// "That was former President Lyle Warren, who ...": a sentence after an uncued quote that opens with "That was" and
    /// names a person right after (titles and "former" between) tells who spoke; not "That was Warren's third visit".
    /// </summary>
    private Attribution? ThatWas(int first, int last)
    {
        if (last - first < 3 || !(context.Is(first, "that") || context.Is(first, "this")) || !(context.Is(first + 1, "was") || context.Is(first + 1, "is")))
        {
            return null;
        }

        var k = first + 2;
        while (k < Math.Min(last, first + 6) && context.EntityStartingAt[k] < 0
               && (char.IsUpper(context.Text[context.Tokens[k].Start]) || context.Is(k, "former") || context.Is(k, "the")))
        {
            k++;
        }

        if (context.EntityStartingAt[k] is not (var entity and >= 0) || context.Entities[entity].Type != EntityTypes.Person)
        {
            return null;
        }

        var person = context.Entities[entity];
        var after = context.FirstTokenAtOrAfter(person.Span.End);
        // "That was Mr Ashworth again, in the tea room": an adverb of repetition may close the name.
        return context.IsPunctuation(after, ",") || context.IsPunctuation(after, ".") || context.Is(after, "again") ? Named(person) : null;
    }

    private Attribution Named(EntityMention person)
        => new(person.Canonical ?? person.Span.Of(context.Text), person.Span, person.Canonical, null, null);

    /// <summary>A noun for what someone said ("words", "verdict") followed by "of" or "came/come from", within the tokens given.</summary>
    private bool TakesUpTheQuote(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // "The words are those of X": the noun, a form of "be", "those" and "of".
            var thoseOf = BeVerbs.Contains(context.Word(k + 1).ToString()) && (context.Is(k + 2, "those") || context.Is(k + 2, "that")) && context.Is(k + 3, "of");
            if (SpeechNouns.Contains(context.Word(k).ToString()) && (context.Is(k + 1, "of") || ((context.Is(k + 1, "came") || context.Is(k + 1, "come") || context.Is(k + 1, "comes")) && context.Is(k + 2, "from")) || thoseOf))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>A full stop, question or exclamation mark or semicolon; not the abbreviation's stop of a bracketed party tag ("(R-Tenn.)").</summary>
    /// <summary>
    /// A full stop, "!", "?" or ";" that ends a sentence: not the abbreviation's stop of a bracketed or comma-set party tag
    /// ("(R-Ga.)", ", R-Ky., said").
    /// </summary>
    private bool IsSentenceEnd(int k)
        => context.Tokens[k].Kind == TokenKind.Punctuation && context.Word(k) is "." or "!" or "?" or ";"
           && !(context.Word(k) is "." && k + 1 < context.Tokens.Length && context.IsPunctuation(k + 1, ")"))
           && !(context.Word(k) is "." && k > 0 && k + 1 < context.Tokens.Length && context.IsPunctuation(k + 1, ",") && SpeakerResolver.IsPartyTag(context.Word(k - 1)));
}
