using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Who speaks through a cue before the quote: quoted as saying, a participle, a coordinated verb, or the words before it; a part of <see cref="DirectQuoteAttributor"/>.</summary>
internal sealed partial class DirectQuoteAttributor
{
    private Attribution Subject(int cue, int first, int last)
    {
        // "X said she had “never” been swayed and called the criticism “…”": a verb of naming's object follows it, so its
        // subject is found before it, back to the sentence's main clause when an earlier quote cut the words before it.
        var naming = NamingVerbs.Contains(context.Word(cue).ToString());
        var subject = QuotedAsSaying(cue, first) ?? ParticipleSubject(cue, first) ?? CoordinatedSubject(cue, first) ?? resolver.Resolve(first, cue - 1)
            ?? (naming ? MainSubjectOfSentence(cue) : null)
            ?? (!naming && FollowsAsName(cue) ? FollowingSubject(cue, last) : null) ?? new Attribution(null, null, null, null, null);
        return subject with { Cue = context.Word(cue).ToString(), CueSpan = context.Tokens[cue].Span };
    }

    /// <summary>
    /// "an account that Rep. Dennis Merriman (D-Mich.), whose district includes Flint, called “simply false”": the person
    /// that opens the relative clause before a verb of naming names it; null when no "that" or "which" with a person after it.
    /// </summary>
    private Attribution? RelativeClauseSubject(int cue, int first)
    {
        for (var k = cue - 2; k >= first; k--)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (context.Word(k) is not ("that" or "which"))
            {
                continue;
            }

            var start = k + 1;
            while (start < cue && context.EntityStartingAt[start] < 0 && char.IsUpper(context.Text[context.Tokens[start].Start])
                   && Entities.Data.NameWords.PersonTitles.Contains(context.Word(start).ToString().ToLowerInvariant()))
            {
                start++;
            }

            return start < cue && context.EntityStartingAt[start] is var person and >= 0 && context.Entities[person].Type == EntityTypes.Person
                ? Attribution.OfPerson(context.Entities[person], context.Text)
                : null;
        }

        return null;
    }

    /// <summary>The subject of the main clause of the sentence that holds <paramref name="cue"/>, or null.</summary>
    private Attribution? MainSubjectOfSentence(int cue)
    {
        var sentenceFirst = context.FirstTokenOf(context.SentenceOfToken[cue]);
        return cue - 1 > sentenceFirst && resolver.MainClauseSubject(sentenceFirst, cue - 1) is { Speaker: not null } subject ? subject : null;
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
            && resolver.MainClauseSubject(first, cue - 1, sayingVerbs: NamingVerbs.Contains(context.Word(cue)) || context.Is(cue, "telling")) is { Speaker: not null } subject
            ? subject
            : null;

    /// <summary>Auxiliaries and verbs of spending time that show a main verb before a participle ("has spent weeks telling").</summary>
    private static readonly WordSet MainVerbMarkers = FrozenSet.ToFrozenSet(
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
        var reportingVerb = -1;
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
                reportingVerb = k;
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
        if (entity < 0 && AfterOpeningPhrase(clauseStart, previous) is var subjectStart and > 0)
        {
            // "Asked whether he was worried, Ashbury stopped and said:": an opening phrase set off by a comma precedes the subject.
            clauseStart = subjectStart;
            entity = context.EntityStartingAt[clauseStart];
        }

        if (entity < 0)
        {
            // "The White House said it supported the bill but urged ...": a pronoun subject of the reported clause is taken up.
            if (context.Word(clauseStart) is "He" or "She" or "he" or "she" or "it" or "It" or "they" or "They")
            {
                return resolver.Resolve(clauseStart, clauseStart);
            }

            // "Neupane said the arrangement gave Nepal a secure government but warned that “…”": a thing reported on does not
            // warn; after "but", the verb is the speaker's second.
            return reportingVerb > first && context.Is(previous, "but") && !context.Is(clauseStart, "a") && !context.Is(clauseStart, "an")
                ? resolver.Resolve(first, reportingVerb - 1)
                : null;
        }

        var end = clauseStart;
        while (end < previous && context.EntityEndingAt[end] != entity)
        {
            end++;
        }

        return context.EntityEndingAt[end] == entity ? resolver.Resolve(clauseStart, end) : null;
    }

    /// <summary>The token after the last comma before <paramref name="verb"/>, when a name or "he"/"she" opens there; else -1.</summary>
    private int AfterOpeningPhrase(int clauseStart, int verb)
    {
        for (var k = verb - 2; k > clauseStart; k--)
        {
            if (context.IsPunctuation(k, ","))
            {
                return context.EntityStartingAt[k + 1] >= 0 || context.Word(k + 1) is "He" or "She" or "he" or "she" ? k + 1 : -1;
            }
        }

        return -1;
    }
}
