using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Attributes quoted spans: `"…," X said.`, `"…," said X.`, `X said: "…"`, `X said "…"`, a partial quote inside the
/// reporter's sentence (`X described the talks as "…"`), a short following sentence (`"…." He said.`) and a colon-ended
/// lead-in paragraph (`X told reporters:` then the quote). A quote with no cue of its own inherits the speaker of the
/// previous quote when it follows in the same or the next paragraph.
/// </summary>
internal sealed partial class DirectQuoteAttributor(QuoteContext context, SpeakerResolver resolver)
{
    private static readonly FrozenSet<string> PhraseEnders = FrozenSet.ToFrozenSet(
    [
        "on", "in", "at", "to", "during", "after", "before", "while", "when", "who", "which", "as", "adding", "saying", "of", "for",
        "with", "from", "by", "and", "but", "last", "this", "yesterday", "today", "earlier", "later", "told", "that",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Tokens of the longest colon lead-in without a verb of saying ("Halvorsen shot back", "Her words were blunt").</summary>
    private const int MaxColonLeadInTokens = 5;

    private static readonly FrozenSet<string> Demonstratives = FrozenSet.ToFrozenSet(["those", "these", "that", "this", "the"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that take up a quote just given ("That was the verdict of ...").</summary>
    private static readonly FrozenSet<string> SpeechNouns = FrozenSet.ToFrozenSet(
        ["words", "remarks", "verdict", "response", "reply", "answer", "assessment", "observation", "warning", "message", "view", "reaction", "comment"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BeVerbs = FrozenSet.ToFrozenSet(["is", "was", "were", "are", "be", "been", "being"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that give their object a name or label ("called the plan “…”"), cues only with that object before the quote.</summary>
    private static readonly FrozenSet<string> NamingVerbs = FrozenSet.ToFrozenSet(
        ["called", "calls", "calling", "dubbed", "branded", "labelled", "labeled"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Attributions for every span, in order; null where no speaker was found.</summary>
    public List<Attribution?> Attribute(List<QuotedSpan> quotes)
    {
        var result = new List<Attribution?>(quotes.Count);
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            var previousEnd = q > 0 ? quotes[q - 1].CloseToken : -1;
            var attribution = StartsSentence(quote.OpenToken)
                ? After(quote, quotes, q) ?? Before(quote, previousEnd) ?? NextSentence(quote) ?? ColonLeadIn(quote) ?? WordsTakenUp(quote)
                : Before(quote, previousEnd) ?? After(quote, quotes, q);
            var previous = q > 0 ? result[q - 1] : null;
            if (attribution?.CueSpan is { } cueSpan && previous?.Speaker is not null && CoordinatedAfter(quotes[q - 1], cueSpan))
            {
                // "X said her party had backed it “for months”, and said it was “damning …”": the second verb is X's too.
                attribution = previous with { Cue = attribution.Cue, CueSpan = attribution.CueSpan };
            }
            else if (attribution is not null && attribution.Speaker is null && attribution.SpeakerSpan is null && previous is not null)
            {
                // "..., he said, adding: ..." — the cue has no subject of its own; the speaker carries over.
                attribution = previous with { Cue = attribution.Cue, CueSpan = attribution.CueSpan };
            }

            if (attribution is null && previous is not null && ParagraphsBetween(quotes[q - 1].CloseToken, quote.OpenToken) <= 1)
            {
                attribution = (Alternating(quotes, result, q) ?? previous).Inherited();
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

    /// <summary>Written texts that a participle of saying may describe ("a statement posted online", "a letter sent to members").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DocumentNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["statement", "statements", "letter", "letters", "message", "messages", "post", "posts", "note", "report", "release", "video", "tweet", "email"],
        StringComparer.OrdinalIgnoreCase);

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

        if (start + 2 < tokens.Length && context.Is(start, "was") && context.Is(start + 1, "how"))
        {
            return WasHow(start + 2);
        }

        if (char.IsUpper(context.Text[tokens[start].Start]) && CueVerbs.IsCue(context.Word(start)) && EndsSentence(quote))
        {
            // "“… the home secretary.” Asked about a delay, the spokesman said …": a new sentence, not "said X".
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

            if (!context.IsCueAt(k))
            {
                continue;
            }

            var subject = k > start ? resolver.Resolve(start, k - 1) : FollowingSubject(k, limit);
            return subject is null ? null : subject with { Cue = context.Word(k).ToString(), CueSpan = tokens[k].Span };
        }

        return null;
    }

    private bool EndsSentence(QuotedSpan quote)
    {
        var inner = quote.Inner.Slice(context.Text).TrimEnd();
        return inner.Length > 0 && inner[^1] is '.' or '?' or '!';
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
        while (end + 1 <= Math.Min(limit + 6, tokens.Length - 1) && tokens[end + 1].Kind is TokenKind.Word or TokenKind.Abbreviation
               && context.OnSameLine(end, end + 1) && !PhraseEnders.Contains(context.Word(end + 1).ToString()))
        {
            end++;
        }

        // "said Lindqvist's campaign spokesman, Aaron Feld.": a name in apposition that closes the sentence (or the cue's
        // part of a quote split by it: "said Portugal's foreign minister, Ines Carvalhal, “and ...”") is the speaker,
        // when the words before it describe rather than name someone ("said Rep. Dale Morrow, R-Pa." names him already).
        if (end > cue && end + 2 < tokens.Length && context.IsPunctuation(end + 1, ",") && !NamesPerson(end) && context.EntityStartingAt[end + 2] is var named and >= 0
            && context.Entities[named].Type == EntityTypes.Person && context.FirstTokenAtOrAfter(context.Entities[named].Span.End) is var after
            && (after >= tokens.Length - 1 || context.IsPunctuation(after, ".") || ResumesQuote(after)) && context.OnSameLine(end, after))
        {
            var person = context.Entities[named];
            var name = person.Canonical ?? person.Span.Of(context.Text);
            return new Attribution(name, person.Span, person.Canonical, null, null);
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

        int? inRelativeClause = null;
        for (var k = last; k >= first; k--)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark || !(context.IsCueAt(k) || NamesItsObject(k, quote.OpenToken)) || IsPassive(k, first)
                || AfterArticle(k, first) || DescribesDocument(k, first) || PostsAThing(k))
            {
                // "in a written statement": a cue form right after an article is an adjective or a noun, not the verb.
                // "the aim is clearly stated: “…”" — a participle after "is" reports no speaker.
                continue;
            }

            if (IsInRelativeClause(k, first))
            {
                // "he said countries that told others … are “…”": the cue of a relative clause is a fallback only.
                inRelativeClause ??= k;
                continue;
            }

            return Subject(k, first, last);
        }

        return inRelativeClause is { } fallback ? Subject(fallback, first, last) : null;
    }

    /// <summary>
    /// "Albright called the decision “a political stunt”", "she branded the plan “reckless”": a verb of naming whose object
    /// stands between it and the quote puts the quoted words in its subject's mouth. The object is required, so that "a
    /// party called “New Dawn”" (a name, not speech) is not a cue.
    /// </summary>
    private bool NamesItsObject(int verb, int quoteOpen)
        => NamingVerbs.Contains(context.Word(verb).ToString()) && quoteOpen - verb is >= 2 and <= 5
            && Enumerable.Range(verb + 1, quoteOpen - verb - 1).All(i => context.Tokens[i].Kind != TokenKind.Punctuation);

    private Attribution Subject(int cue, int first, int last)
    {
        var subject = QuotedAsSaying(cue, first) ?? ParticipleSubject(cue, first) ?? CoordinatedSubject(cue, first) ?? resolver.Resolve(first, cue - 1)
            ?? (FollowsAsName(cue) ? FollowingSubject(cue, last) : null) ?? new Attribution(null, null, null, null, null);
        return subject with { Cue = context.Word(cue).ToString(), CueSpan = context.Tokens[cue].Span };
    }

    /// <summary>
    /// "X was quoted by the Evening Post as saying" and "The broadcaster quoted Minister X as saying": the words are X's,
    /// the subject of the passive or the object of the active "quoted", never the outlet's.
    /// </summary>
    private Attribution? QuotedAsSaying(int cue, int first)
    {
        if (!context.Is(cue, "saying") || cue - 2 < first || !context.Is(cue - 1, "as"))
        {
            return null;
        }

        for (var q = cue - 2; q >= Math.Max(first, cue - 10); q--)
        {
            if (!context.Is(q, "quoted"))
            {
                continue;
            }

            if (IsPassive(q, first))
            {
                var be = WordBefore(q, first);
                return be > first ? resolver.Resolve(first, be - 1) : null;
            }

            return q + 1 < cue - 1 ? resolver.Resolve(q + 1, cue - 2) : null;
        }

        return null;
    }

    /// <summary>
    /// "The ministry cancelled the contract, accusing the builder of “…”": a participle of saying after a comma shares the
    /// subject of the sentence's main verb. So does a participle of naming right after the main verb's object or a time
    /// ("released a video late Tuesday calling the plan “…”"): a video or a day does not call anything; and one after
    /// "by" ("opened by asking Osborne: “…”"), whose object is the one asked.
    /// </summary>
    private Attribution? ParticipleSubject(int cue, int first)
        => context.Word(cue).EndsWith("ing", StringComparison.Ordinal) && cue - 1 > first
            && (context.IsPunctuation(cue - 1, ",") || NamingVerbs.Contains(context.Word(cue).ToString()) || context.Is(cue - 1, "by") || HasMainVerb(first, cue - 1))
            && resolver.MainClauseSubject(first, cue - 1) is { Speaker: not null } subject
            ? subject
            : null;

    /// <summary>Auxiliaries and verbs of spending time that show a main verb before a participle ("has spent weeks telling").</summary>
    private static readonly FrozenSet<string> MainVerbMarkers = FrozenSet.ToFrozenSet(
        ["has", "have", "had", "is", "was", "are", "were", "would", "will", "spent", "spends", "spend", "kept", "keeps"], StringComparer.Ordinal);

    /// <summary>
    /// "X has spent months telling ...", "X spent the summer telling ...": a main verb before the participle, so the words
    /// before it are a clause, not the participle's subject.
    /// </summary>
    private bool HasMainVerb(int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.Word && MainVerbMarkers.Contains(context.Word(k).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words after a verb of posting that make it the posting of a thing ("keep posting them"), not of words.</summary>
    private static readonly FrozenSet<string> PostedThings = FrozenSet.ToFrozenSet(
        ["them", "it", "this", "these", "those", "videos", "photos", "pictures", "clips"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"she would keep posting them “…”": the quote is not what was posted.</summary>
    private bool PostsAThing(int k)
        => CueVerbs.LemmaOf(context.Word(k)) == "post" && k + 1 < context.Tokens.Length && PostedThings.Contains(context.Word(k + 1).ToString());

    /// <summary>The last word before <paramref name="k"/> that is not an adverb ("clearly", "also"), or -1.</summary>
    private int WordBefore(int k, int first)
    {
        var previous = k - 1;
        while (previous >= first && (context.Word(previous).EndsWith("ly", StringComparison.OrdinalIgnoreCase) || context.Is(previous, "also") || context.Is(previous, "then")))
        {
            previous--;
        }

        return previous >= first ? previous : -1;
    }

    /// <summary>"said in a statement posted online that ...": a participle after a written text describes it; "the statement said" reports.</summary>
    private bool DescribesDocument(int cue, int first)
        => cue - 1 >= first && DocumentNouns.Contains(context.Word(cue - 1).ToString())
           && !(context.Is(cue, "said") || context.Is(cue, "says") || context.Is(cue, "say") || context.Is(cue, "read") || context.Is(cue, "reads") || context.Is(cue, "stated"));

    private bool AfterArticle(int cue, int first)
        => cue - 1 >= first && (context.Is(cue - 1, "a") || context.Is(cue - 1, "an") || context.Is(cue - 1, "the"));

    private bool IsPassive(int cue, int first)
        => WordBefore(cue, first) is var previous and >= 0 && BeVerbs.Contains(context.Word(previous).ToString());

    private bool IsInRelativeClause(int cue, int first)
        => WordBefore(cue, first) is var previous and >= 0 && (context.Is(previous, "that") || context.Is(previous, "which"));

    /// <summary>
    /// "X praised Y and vowed “…”", "the ministry said X had thanked Y and promised Z “…”": the cue shares its subject
    /// with the first verb of the coordination, the name that opens the clause (after an earlier cue, else the sentence).
    /// </summary>
    private Attribution? CoordinatedSubject(int cue, int first)
    {
        var previous = WordBefore(cue, first);
        if (previous < 0 || !(context.Is(previous, "and") || context.Is(previous, "but")))
        {
            return null;
        }

        if (previous - 1 > first && context.IsPunctuation(previous - 1, ","))
        {
            // "She said X had cost …, and argued that …": after a comma, "and" joins the main clause's verbs; its subject speaks.
            for (var k = first + 1; k < previous - 1; k++)
            {
                if (CueVerbs.IsReporting(context.Word(k)) && !IsPassive(k, first))
                {
                    return resolver.Resolve(first, k - 1);
                }
            }
        }

        var clauseStart = first;
        for (var k = previous - 1; k >= first; k--)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark)
            {
                break;
            }

            // "VIRETH (Business Desk) — The Bank of Quelland kept ... and warned": the clause opens after the dateline's dash.
            if (context.Word(k) is "—" or "–")
            {
                clauseStart = k + 1;
                break;
            }

            // Only a verb of saying opens a reported clause; "thanked Y and promised" coordinates two verbs of one subject.
            if (CueVerbs.IsReporting(context.Word(k)) && !IsPassive(k, first))
            {
                clauseStart = k + 1 < previous && context.Is(k + 1, "that") ? k + 2 : k + 1;
                break;
            }
        }

        if (clauseStart < previous && context.Is(clauseStart, "the"))
        {
            clauseStart++;
        }

        if (clauseStart >= previous)
        {
            return null;
        }

        var entity = context.EntityStartingAt[clauseStart];
        if (entity < 0)
        {
            return context.Word(clauseStart) is "He" or "She" or "he" or "she" ? resolver.Resolve(clauseStart, clauseStart) : null;
        }

        var end = clauseStart;
        while (end < previous && context.EntityEndingAt[end] != entity)
        {
            end++;
        }

        return context.EntityEndingAt[end] == entity ? resolver.Resolve(clauseStart, end) : null;
    }
}
