using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>A cue after the quote ("“…,” X said", "“…,” said X", "“…” was how X put it"): a part of <see cref="DirectQuoteAttributor"/>.</summary>
internal sealed partial class DirectQuoteAttributor
{
    private static readonly WordSet PhraseEnders = FrozenSet.ToFrozenSet(
    [
        "on", "in", "at", "to", "during", "after", "before", "while", "when", "who", "which", "as", "adding", "saying", "of", "for",
        "with", "from", "by", "and", "but", "last", "this", "yesterday", "today", "earlier", "later", "told", "that",
    ], StringComparer.OrdinalIgnoreCase);

    private Attribution? After(QuotedSpan quote, List<QuotedSpan> quotes, int q)
    {
        var start = quote.CloseToken + 1;
        var tokens = context.Tokens;
        while (start < tokens.Length && tokens[start].Kind == TokenKind.Punctuation && context.Word(start) is "," or "—" or "–" or "-" or "--")
        {
            start++;
        }

        if (start < tokens.Length && !context.OnSameLine(quote.CloseToken, start))
        {
            return SignatureOnNextLine(quote, start);
        }

        if (start >= tokens.Length)
        {
            return null;
        }

        if (start + 2 < tokens.Length && context.Is(start, "was") && context.Is(start + 1, "how"))
        {
            return WasHow(start + 2);
        }

        if (DashSignature(quote, start) is { } signed)
        {
            return signed;
        }

        if (char.IsUpper(context.Text[tokens[start].Start]) && CueVerbs.IsCue(context.Word(start)) && EndsSentence(quote))
        {
            // "“… the home secretary.” Asked about a delay, the spokesman said …": a new sentence, not "said X".
            return null;
        }

        if (char.IsUpper(context.Text[tokens[start].Start]) && EndsSentence(quote) && ContinuesSplitQuote(quote))
        {
            // "“The rules,” he said, “are the rules.” A spokesman for him said …": the second half is the first half's
            // speaker's, and the next sentence's cue is someone else's.
            return null;
        }

        // A quote that ends on a comma ("“…,” the bill's sponsor, Rep. X, a Republican from Y, said") is waiting for its
        // attribution, which may be a description with two appositions; another quote's cue is rarely that far.
        var limit = Math.Min(tokens.Length - 1, start + (EndsOnComma(quote) ? 20 : 12));
        // "“….” Paul Gerrity, a state representative from Concord who endorsed her last fall, said it with a shrug": a cue
        // whose object is the quote itself ("said it", "told me so") may come after a longer apposition.
        var takenUpLimit = Math.Min(tokens.Length - 1, start + 28);
        if (q + 1 < quotes.Count)
        {
            limit = Math.Min(limit, quotes[q + 1].OpenToken - 1);
            takenUpLimit = Math.Min(takenUpLimit, quotes[q + 1].OpenToken - 1);
        }

        for (var k = start; k <= takenUpLimit; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark || (k > start && !context.OnSameLine(k - 1, k)) || IsSentenceEnd(k))
            {
                return null;
            }

            if ((!context.IsCueAt(k) && !BeganAt(k, start)) || (k > limit && !TakesUpTheQuote(k)))
            {
                continue;
            }

            // "“…,” a figure Pruitt himself has not repeated": a verb of saying denied attributes nothing.
            if (k > start && context.Word(k - 1) is "not" or "never")
            {
                return null;
            }

            var subject = k > start ? resolver.Resolve(start, k - 1) : FollowingSubject(k, limit);
            return subject is null ? null : subject with { Cue = context.Word(k).ToString(), CueSpan = tokens[k].Span };
        }

        return null;
    }

    /// <summary>A cue whose object stands for the quote before it: "said it quietly", "told reporters so", "said this".</summary>
    private bool TakesUpTheQuote(int cue)
    {
        var next = cue + 1;
        if (next + 1 < context.Tokens.Length && context.Word(next) is "me" or "us" or "reporters" or "him" or "her" or "them")
        {
            next++;
        }

        return next < context.Tokens.Length && context.IsQuoteObject(next);
    }

    /// <summary>
    /// "“…,” she began, “…”" and "“…,” Haugen began.": "began" straight after a short subject and before the end of its
    /// clause opens a speech; not "the recount began", which no quote precedes, nor "began a tour".
    /// </summary>
    private bool BeganAt(int k, int start)
        => k > start && k - start <= 3 && context.Word(k) is "began" or "begins" && k + 1 < context.Tokens.Length
           && (context.Tokens[k + 1].Kind == TokenKind.QuoteMark || context.IsPunctuation(k + 1, ",") || context.IsPunctuation(k + 1, ".")
               || context.IsPunctuation(k + 1, ":"));

    /// <summary>Whether the quote opens right after "he said," that closes the first half of a split quote ("“…,” he said, “…”").</summary>
    private bool ContinuesSplitQuote(QuotedSpan quote)
    {
        var before = quote.OpenToken - 1;
        return before > 1 && context.IsPunctuation(before, ",") && CueVerbs.IsCue(context.Word(before - 1));
    }

    private bool EndsOnComma(QuotedSpan quote)
    {
        var inner = quote.Inner.Slice(context.Text).TrimEnd();
        return inner.Length > 0 && inner[^1] == ',';
    }

    private bool EndsSentence(QuotedSpan quote)
    {
        var inner = quote.Inner.Slice(context.Text).TrimEnd();
        return inner.Length > 0 && inner[^1] is '.' or '?' or '!';
    }

    /// <summary>
    /// "“…” — Fenwright, to reporters in Fort Wayne": a dash after the quote and a person's name sign it, as under an epigraph
    /// or a newsletter's quote of the day; the name must follow the dash at once.
    /// </summary>
    private Attribution? DashSignature(QuotedSpan quote, int start)
    {
        var dash = quote.CloseToken + 1;
        if (start != dash + 1 || !(context.IsPunctuation(dash, "—") || context.IsPunctuation(dash, "–")) || !context.OnSameLine(dash, start)
            || context.EntityStartingAt[start] is not (var entity and >= 0) || context.Entities[entity].Type != EntityTypes.Person)
        {
            return null;
        }

        var person = context.Entities[entity];
        return Attribution.OfPerson(person, context.Text);
    }

    /// <summary>
    /// A fact check's claim, alone on its line, signed on the next: "“…”" then "-- Dwight Rennicker, at a rally in Ohio":
    /// the line opens with a dash and the person's name.
    /// </summary>
    private Attribution? SignatureOnNextLine(QuotedSpan quote, int start)
    {
        var dash = quote.CloseToken + 1;
        if (dash >= start || context.Word(dash) is not ("—" or "–" or "-" or "--") || !context.OnSameLine(dash, start)
            || (quote.OpenToken > 0 && context.OnSameLine(quote.OpenToken - 1, quote.OpenToken))
            || context.EntityStartingAt[start] is not (var entity and >= 0) || context.Entities[entity].Type != EntityTypes.Person)
        {
            return null;
        }

        return Attribution.OfPerson(context.Entities[entity], context.Text);
    }

    /// <summary>"“…,” was how the Danish minister, Karin Holt, summed up the night": the first person named in the rest of the sentence.</summary>
    private Attribution? WasHow(int from)
    {
        var last = context.LastTokenOf(context.SentenceOfToken[from]);
        for (var k = from; k <= last; k++)
        {
            if (context.EntityStartingAt[k] is var entity and >= 0 && context.Entities[entity].Type == EntityTypes.Person)
            {
                var person = context.Entities[entity];
                var name = person.Canonical ?? person.Span.Of(context.Text);
                return new Attribution(name, person.Span, person.Canonical, null, null);
            }
        }

        return null;
    }

    /// <summary>"said Minister Ana Pell: “…”" and "Said the mayor: “…”" name the speaker after the cue; "warns inflation “not yet beaten”" names what was warned about.</summary>
    private bool FollowsAsName(int cue)
        => cue + 1 < context.Tokens.Length && (char.IsUpper(context.Text[context.Tokens[cue + 1].Start]) || context.Is(cue + 1, "the") || context.Is(cue + 1, "a"));

    private bool NamesPerson(int token) => context.EntityEndingAt[token] is var entity and >= 0 && context.Entities[entity].Type == EntityTypes.Person;

    /// <summary>", “and they must ...”": a comma that the quote's second half follows, as a full stop would close the sentence.</summary>
    private bool ResumesQuote(int comma)
        => context.IsPunctuation(comma, ",") && comma + 1 < context.Tokens.Length && context.Tokens[comma + 1].Kind == TokenKind.QuoteMark;

    private Attribution? FollowingSubject(int cue, int limit)
    {
        var end = cue;
        var tokens = context.Tokens;
        while (end + 1 <= Math.Min(limit + 6, tokens.Length - 1) && context.OnSameLine(end, end + 1))
        {
            if (tokens[end + 1].Kind is TokenKind.Word or TokenKind.Abbreviation && !PhraseEnders.Contains(context.Word(end + 1).ToString()))
            {
                end++;
            }
            else if (BracketedAcronymAfterBody(end) is var closed and > 0)
            {
                // "said Taiwan People's Party (TPP) Legislator Kao Pei-jung": a body's acronym in brackets is part of the title.
                limit += closed - end;
                end = closed;
            }
            else
            {
                break;
            }
        }

        // "said Lindqvist's campaign spokesman, Aaron Feld.": a name in apposition that closes the sentence (or the cue's
        // part of a quote split by it: "said Portugal's foreign minister, Ines Carvalhal, “and ...”") is the speaker,
        // when the words before it describe rather than name someone ("said Rep. Dale Morrow, R-Pa." names him already).
        // "said one of them, Rep. Lyle Garvin of Idaho.": the description may hold an "of" phrase, and the name a title
        // before it and its place after it.
        var described = OfPhraseEnd(end);
        if (end > cue && described + 2 < tokens.Length && context.IsPunctuation(described + 1, ",") && !NamesPerson(described) && PersonAfterTitle(described + 2) is var named and >= 0
            && PastPlace(context.FirstTokenAtOrAfter(context.Entities[named].Span.End)) is var after
            && (after >= tokens.Length - 1 || context.IsPunctuation(after, ".") || ResumesQuote(after) || DescribedAgain(after)) && context.OnSameLine(end, after))
        {
            var person = context.Entities[named];
            var name = person.Canonical ?? person.Span.Of(context.Text);
            return new Attribution(name, person.Span, person.Canonical, null, null);
        }

        // "said the man who led the effort, a retired colonel from Colorado who ..., Kurt Vollmer.": a description after the cue
        // that the sentence closes by naming, after a comma, is that person.
        if (end > cue && (context.Is(cue + 1, "the") || context.Is(cue + 1, "a")) && !NamesPerson(end) && ClosingName(cue, end) is { } closing)
        {
            return closing;
        }

        // "said a presiding officer at a girls' school in Rawalpindi, who asked ...": someone new, placed where they work, as
        // before the cue ("A teacher at a school in Karachi said").
        if (end > cue && context.Word(cue + 1) is "a" or "an" && PlacePhraseEnd(end) is var placed and > 0 && resolver.Resolve(cue + 1, placed) is { } newcomer)
        {
            return newcomer;
        }

        return end > cue ? resolver.Resolve(cue + 1, end) : null;
    }

    /// <summary>The longest place phrase after a description ("at a girls' school in Rawalpindi's Dhok Hassu area").</summary>
    private const int MaxPlacePhraseTokens = 14;

    /// <summary>
    /// The last token of "at"/"in" and a place right after <paramref name="end"/> when a comma or the sentence's end closes it;
    /// else -1.
    /// </summary>
    private int PlacePhraseEnd(int end)
    {
        var tokens = context.Tokens;
        var limit = Math.Min(tokens.Length - 1, end + MaxPlacePhraseTokens);
        var k = end + 2;
        while (k <= limit && context.OnSameLine(end, k) && (tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation || IsApostrophe(k)))
        {
            k++;
        }

        var closed = k > limit ? -1 : k;
        return closed > end + 2 && context.OpensPlaceAfter(end + 1, closed - 1) && (context.IsPunctuation(closed, ",") || context.IsPunctuation(closed, "."))
            ? closed - 1
            : -1;
    }

    private bool IsApostrophe(int token) => context.Word(token) is "'" or "\u2019" or "'s" or "\u2019s";

    /// <summary>The closing bracket of "( TPP )" right after an organisation's name ending at <paramref name="end"/>, or -1.</summary>
    private int BracketedAcronymAfterBody(int end)
        => end + 3 < context.Tokens.Length && context.IsPunctuation(end + 1, "(") && context.IsPunctuation(end + 3, ")")
           && context.EntityEndingAt[end] is var body and >= 0 && context.Entities[body].Type == EntityTypes.Organization
           && Entities.TokenText.IsAcronym(context.Text, context.Tokens[end + 2]) ? end + 3 : -1;

    /// <summary>
    /// ", a Republican from Centre County", ", who chairs the panel", ", 58,": a second apposition after the named one
    /// ("said the Senate majority leader, Jacob Thornquist, a Republican from ..."), which describes the same person.
    /// </summary>
    private bool DescribedAgain(int comma)
        => comma + 1 < context.Tokens.Length && context.IsPunctuation(comma, ",") && context.OnSameLine(comma, comma + 1)
           && (context.Word(comma + 1) is "a" or "an" or "who" || context.Tokens[comma + 1].Kind == TokenKind.Number);

    /// <summary>Words of an "of" phrase that a description after the cue may hold before its comma ("one of the party's senators").</summary>
    private const int MaxOfPhraseWords = 4;

    /// <summary>The last word of "of ..." right after <paramref name="end"/> when a comma follows it ("one of them,"), else <paramref name="end"/>.</summary>
    private int OfPhraseEnd(int end)
    {
        if (end + 2 >= context.Tokens.Length || !context.Is(end + 1, "of"))
        {
            return end;
        }

        var k = end + 2;
        while (k < context.Tokens.Length && k - end - 1 <= MaxOfPhraseWords && context.Tokens[k].Kind == TokenKind.Word && context.OnSameLine(end, k))
        {
            k++;
        }

        return k < context.Tokens.Length && context.IsPunctuation(k, ",") ? k - 1 : end;
    }

    /// <summary>Capitalised title words before a name ("Rep.", "Sen.", "Gov.") that an apposition may carry.</summary>
    private const int MaxTitleWords = 2;

    /// <summary>The person entity starting at <paramref name="from"/>, or after at most two capitalised title words there ("Rep. Lyle Garvin"); else -1.</summary>
    private int PersonAfterTitle(int from)
    {
        for (var k = from; k < context.Tokens.Length && k <= from + MaxTitleWords; k++)
        {
            if (context.EntityStartingAt[k] is var entity and >= 0)
            {
                return context.Entities[entity].Type == EntityTypes.Person ? entity : -1;
            }

            if (context.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !char.IsUpper(context.Text[context.Tokens[k].Start]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The token after "of" and a place that follow a name ("Lyle Garvin of Idaho"), or <paramref name="token"/> itself.</summary>
    private int PastPlace(int token)
    {
        if (token + 1 < context.Tokens.Length && context.Is(token, "of") && context.EntityStartingAt[token + 1] is var place and >= 0
            && context.Entities[place].Type is EntityTypes.Geopolitical or EntityTypes.Location)
        {
            return context.FirstTokenAtOrAfter(context.Entities[place].Span.End);
        }

        return token;
    }

    /// <summary>The person named after a comma at the very end of the cue's sentence, with no other person between; null otherwise.</summary>
    private Attribution? ClosingName(int cue, int from)
    {
        var last = context.LastTokenOf(context.SentenceOfToken[cue]);
        if (!context.IsPunctuation(last, ".") || last - cue > 40)
        {
            return null;
        }

        for (var k = from + 1; k < last; k++)
        {
            if (context.EntityStartingAt[k] is not (var e and >= 0) || context.Entities[e].Type != EntityTypes.Person)
            {
                continue;
            }

            var person = context.Entities[e];
            if (!context.IsPunctuation(k - 1, ",") || context.FirstTokenAtOrAfter(person.Span.End) != last)
            {
                return null;
            }

            return Attribution.OfPerson(person, context.Text);
        }

        return null;
    }
}
