using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>A cue before the quote ("X said: “…”"), less the verb forms that report no one there; a part of <see cref="DirectQuoteAttributor"/>.</summary>
internal sealed partial class DirectQuoteAttributor
{
    /// <summary>Verbs that give their object a name or label ("called the plan “…”"), cues only with that object before the quote.</summary>
    private static readonly WordSet NamingVerbs = FrozenSet.ToFrozenSet(
        ["called", "calls", "calling", "dubbed", "branded", "labelled", "labeled"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of a raised voice that are cues with "out" after them ("called out", "cried out").</summary>
    private static readonly WordSet ShoutVerbs = FrozenSet.ToFrozenSet(
        ["called", "calls", "calling", "cried", "cries", "crying", "yelled", "yells", "shouted", "shouts", "sang"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Written texts that a participle of saying may describe ("a statement posted online", "a letter sent to members").</summary>
    private static readonly WordSet DocumentNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["statement", "statements", "letter", "letters", "message", "messages", "post", "posts", "note", "report", "release", "video", "tweet", "email"],
        StringComparer.OrdinalIgnoreCase);

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

        if (NamerRightBefore(quote.OpenToken, first) is { } namer)
        {
            return namer;
        }

        // "another reporter called out, “…”", "a man cried out: “…”": a raised voice's verb and "out" right before the quote.
        if (last - 2 >= first && context.Is(last - 1, "out") && (context.IsPunctuation(last, ",") || context.IsPunctuation(last, ":"))
            && ShoutVerbs.Contains(context.Word(last - 2).ToString()))
        {
            return Subject(last - 2, first, last);
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

            // "told the paper that the court's refusal to admit the records had “…”": an infinitive inside the clause that an
            // earlier verb of saying reports names no speaker; that verb's subject speaks.
            if (k > first && context.Is(k - 1, "to") && InThatClauseOfEarlierCue(k, first))
            {
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

    /// <summary>Whether a "that" stands between <paramref name="first"/> and <paramref name="token"/> with a verb of saying before it.</summary>
    private bool InThatClauseOfEarlierCue(int token, int first)
    {
        for (var that = token - 2; that > first; that--)
        {
            if (!context.Is(that, "that"))
            {
                continue;
            }

            for (var cue = that - 1; cue >= first; cue--)
            {
                if (context.IsCueAt(cue))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Albright called the decision “a political stunt”", "she branded the plan “reckless”": a verb of naming whose object
    /// stands between it and the quote (up to <see cref="MaxNamedObjectTokens"/> tokens, a possessive the only punctuation)
    /// puts the quoted words in its subject's mouth. The object is required, so that "a
    /// party called “New Dawn”" (a name, not speech) is not a cue.
    /// </summary>
    private bool NamesItsObject(int verb, int quoteOpen)
        => (NamingVerbs.Contains(context.Word(verb))
            || (JudgingVerbs.Contains(context.Word(verb)) && quoteOpen - verb >= 3 && context.Is(quoteOpen - 1, "as")))
            && quoteOpen - verb is >= 2 and <= MaxNamedObjectTokens + 1
            && Enumerable.Range(verb + 1, quoteOpen - verb - 1).All(i => context.Tokens[i].Kind != TokenKind.Punctuation || context.Word(i) is "'s" or "\u2019s" or "'" or "\u2019");

    /// <summary>Verbs that judge their object "as" the quoted words ("blasted the remarks as “elitist garbage”").</summary>
    private static readonly WordSet JudgingVerbs = FrozenSet.ToFrozenSet(
        ["blasted", "slammed", "denounced", "dismissed", "derided", "hailed", "criticized", "criticised", "characterized", "characterised",
         "described", "condemned", "panned", "assailed", "attacked", "mocked"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Tokens of a named object ("the agency's analysis of sediment plumes"), its possessive included.</summary>
    private const int MaxNamedObjectTokens = 8;

    /// <summary>
    /// "a claim Vollmer called “laughable”", "what Pryce called “a betrayal”": a person named right before a verb of naming
    /// that the quote follows at once named the thing before them so; null otherwise (a party "called “New Dawn”" is a name).
    /// </summary>
    private Attribution? NamerRightBefore(int quoteOpen, int first)
    {
        var verb = quoteOpen - 1;
        if (verb - 1 >= first && NamingVerbs.Contains(context.Word(verb)) && context.EntityEndingAt[verb - 1] < 0
            && RelativeClauseSubject(verb, first) is { } relative)
        {
            // "an account that Rep. Dennis Merriman (D-Mich.), whose district includes Flint, called “simply false”".
            return relative with { Cue = context.Word(verb).ToString(), CueSpan = context.Tokens[verb].Span };
        }

        // "apologized for what he called “the wording, not the substance”": a pronoun naming the thing takes up its person.
        if (verb - 2 >= first && NamingVerbs.Contains(context.Word(verb)) && context.Word(verb - 1) is "he" or "she" or "they"
            && context.Tokens[verb - 2].Kind == TokenKind.Word && char.IsLower(context.Word(verb - 2)[0])
            && resolver.Resolve(verb - 1, verb - 1) is { Speaker: not null } pronoun)
        {
            return pronoun with { Cue = context.Word(verb).ToString(), CueSpan = context.Tokens[verb].Span };
        }

        if (verb - 1 < first || !NamingVerbs.Contains(context.Word(verb)) || context.EntityEndingAt[verb - 1] is not (var entity and >= 0)
            || context.Entities[entity].Type != Entities.EntityTypes.Person)
        {
            return null;
        }

        var person = context.Entities[entity];
        return Attribution.OfPerson(person, context.Text, context.Word(verb).ToString(), context.Tokens[verb].Span);
    }

    /// <summary>Words after a verb of posting that make it the posting of a thing ("keep posting them"), not of words.</summary>
    private static readonly WordSet PostedThings = FrozenSet.ToFrozenSet(
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
}
