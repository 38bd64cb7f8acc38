using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Quotes;

/// <summary>"X said (that) CLAUSE", "X told reporters CLAUSE": the cue before its clause, a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>Verbs of saying that as often take a thing as their object ("announced a plan", "confirmed the deal").</summary>
    private static readonly WordSet ObjectTakingCues = FrozenSet.ToFrozenSet(
    [
        "announce", "announces", "announced", "confirm", "confirms", "confirmed", "report", "reports", "reported", "note", "notes", "noted",
        "promise", "promises", "promised", "pledge", "pledges", "pledged", "deny", "denies", "denied", "acknowledge", "acknowledges",
        "acknowledged", "admit", "admits", "admitted", "reveal", "reveals", "revealed", "predict", "predicts", "predicted", "describe",
        "describes", "described", "welcome", "welcomes", "welcomed", "maintain", "maintains", "maintained", "explain", "explains",
        "explained", "write", "writes", "wrote", "estimate", "estimates", "estimated", "claim", "claims", "claimed", "tells",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "new", "another"], StringComparer.OrdinalIgnoreCase);

    private bool TryCueThenClause(int first, int cue, int end, List<Quotation> output, int knownThat = -1, Attribution? knownSubject = null)
    {
        // "shot back that ...": the clause opens after the retort's "back".
        var clause = cue + 1 <= end && CueVerbs.IsRetort(context.Word(cue), context.Word(cue + 1)) ? cue + 2 : cue + 1;
        var thatAt = knownThat;

        // "..., the department said Monday, handing ...": a day and a comma after the cue close a report made before it;
        // "said Friday, however, that there are no plans" goes on to the "that" after the aside.
        if (clause + 1 <= end && context.IsPunctuation(clause + 1, ",") && Weekdays.Contains(context.Word(clause)))
        {
            if (!(clause + 4 <= end && context.IsPunctuation(clause + 3, ",") && context.Is(clause + 4, "that")))
            {
                return false;
            }

            thatAt = thatAt < 0 ? clause + 4 : thatAt;
        }

        // "told New York Post columnist Cindy Adams that ...": the listener may be a long name, so "that" is looked for further
        // after "told", but there only after names and nouns: no pronoun, "and" or verb before it ("told People she went ...
        // and that ..."), and no verb right after it ("the negotiations that took place").
        // "said in written testimony to the Senate Banking Committee that ...": so is a phrase of where it was said.
        var reach = context.Is(cue, "told") || (clause <= end && context.Word(clause) is "in" or "at" or "during" or "before") ? 11 : 7;
        for (var i = clause; thatAt < 0 && i <= Math.Min(end, cue + reach); i++)
        {
            // "said Emmerson had told him privately that ...": an auxiliary or a verb of saying before "that" means the
            // clause had begun, and "that" is the conjunction of a report inside it.
            if (context.Is(i, "that") && i - cue <= 7 && AuxiliaryOrCueBefore(clause, i))
            {
                break;
            }

            // "said he loved the town and that was why ...": a "that" after "and" or "but" coordinates with a clause that
            // had begun, whether as a second clause's conjunction or as a pronoun.
            if (context.Is(i, "that") && i > clause && context.Word(i - 1) is "and" or "but" or "or")
            {
                break;
            }

            // "says the increases pay for pipes that are older than she is": "that" between a lower-case noun and a finite verb
            // opens a relative clause inside the report, not the report.
            if (context.Is(i, "that") && i > clause && i + 1 <= end && char.IsLower(context.Word(i - 1)[0]) && context.Tokens[i - 1].Kind == TokenKind.Word
                && !CueVerbs.IsCue(context.Word(i - 1))
                && (FiniteVerbs.Contains(context.Word(i + 1)) || SpeakerResolver.IsIrregularPast(context.Word(i + 1))))
            {
                break;
            }

            if (context.Is(i, "that"))
            {
                thatAt = i - cue <= 7 || (!ClauseBegunBefore(cue + 1, i) && i < end && !FiniteVerbs.Contains(context.Word(i + 1).ToString())
                    && !context.Word(i + 1).EndsWith("ed", StringComparison.Ordinal) && !SpeakerResolver.IsIrregularPast(context.Word(i + 1))) ? i : -1;
                break;
            }

            if (context.Tokens[i].Kind == TokenKind.Punctuation)
            {
                break;
            }
        }

        // "announced last weekend so that Greece can get a bailout": a purpose, not what was announced; "said anything that
        // would ...": a relative clause on what was (not) said.
        if (thatAt > 0 && (context.Is(thatAt - 1, "so") || context.Is(thatAt - 1, "such") || context.Word(thatAt - 1) is "anything" or "something" or "nothing" or "everything"))
        {
            return false;
        }

        // "helped write the law that set the deadline", "announced a plan that would cut": a verb that takes a thing as its
        // object, the object, then "that" and a verb is a relative clause on the object, nothing reported.
        if (thatAt > clause && ObjectTakingCues.Contains(context.Word(cue).ToString()) && Determiners.Contains(context.Word(clause).ToString())
            && thatAt < end && (FiniteVerbs.Contains(context.Word(thatAt + 1).ToString()) || context.Word(thatAt + 1).EndsWith("ed", StringComparison.Ordinal)
                || SpeakerResolver.IsIrregularPast(context.Word(thatAt + 1))))
        {
            return false;
        }

        // "said that was false", "insisted that would be a mistake": "that" right before an auxiliary is the clause's
        // subject, not its conjunction, and stays in the clause.
        if (thatAt == clause && thatAt < end && FiniteVerbs.Contains(context.Word(thatAt + 1).ToString()))
        {
            thatAt = -1;
        }

        if (thatAt > 0)
        {
            clause = thatAt + 1;
        }
        else if (context.Is(cue, "told") && clause <= end && Listeners.Contains(context.Word(clause).ToString()))
        {
            clause += context.Is(clause, "the") ? 2 : 1;
        }

        // "told WPXI Katie was coming": a named listener right after "told" (after an honorific: "told Mr. Pinder to ...") is no
        // part of the clause.
        var listenerAt = clause < end && context.Tokens[clause].Kind == TokenKind.Abbreviation && Entities.Data.NameWords.Honorifics.Contains(context.Word(clause).ToString())
            ? clause + 1
            : clause;
        if (thatAt < 0 && context.Is(cue, "told") && listenerAt < end && context.EntityStartingAt[listenerAt] is var listener and >= 0
            && context.Entities[listener].Type is EntityTypes.Organization or EntityTypes.Person)
        {
            var after = context.FirstTokenAtOrAfter(context.Entities[listener].Span.End);
            if (after > clause && after < end)
            {
                clause = after;
            }
        }

        // "told reporters outside parliament they would ...", "told a committee hearing last month the office would ...":
        // the listener and a phrase of place or time stand between "told" and the clause's subject.
        if (thatAt < 0 && context.Is(cue, "told") && ToldClauseStart(cue + 1, end) is var subjectAt and > 0)
        {
            clause = subjectAt;
        }

        // "said Monday they had the votes", "said on Friday the budget was balanced", "said Tuesday afternoon he would veto":
        // the day the words were said stands between the cue and its clause.
        if (thatAt < 0)
        {
            clause = AfterDayPhrase(clause, end);
        }

        // "said at least nine journalists had been held", "said no such request had been made": a quantity opens the clause.
        // So does an approximate number: "said about 180 flights had been cancelled", "said nearly 600 workers had been paid".
        var quantity = clause < end && ((context.Is(clause, "at") && (context.Is(clause + 1, "least") || context.Is(clause + 1, "most")))
                       || (context.Is(clause, "no") && HasFiniteVerb(clause, end, pastTense: true))
                       || (clause + 1 < end && context.Word(clause) is "about" or "around" or "nearly" or "almost" or "roughly" or "some" or "over"
                           && char.IsAsciiDigit(context.Word(clause + 1)[0]) && HasFiniteVerb(clause, end, pastTense: true)));
        // "said Mr. Culbertson had decided", "said U.S. forces would stay": an abbreviation may open the clause, but not a
        // month's ("released Dec. 11 final rules": a date).
        if (clause >= end || context.Tokens[clause].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
            || (context.Tokens[clause].Kind == TokenKind.Abbreviation && TimeLexicon.Lookup(context.Word(clause)).Is(TimeWordKinds.Month))
            || (thatAt < 0 && !quantity && NotClauseStart.Contains(context.Word(clause).ToString())))
        {
            return false;
        }

        // "said it quietly to reporters", "said it with a shrug": "it" is the object that stands for words quoted before, no
        // clause's subject ("said it would ...", "said it rained").
        if (thatAt < 0 && context.Word(clause) is "it" or "this" && clause < end && context.IsQuoteObject(clause))
        {
            return false;
        }

        // "what officials said were the bulk of the comments", "the rules announced Thursday would allow": a verb right after
        // the cue (or after a day) makes the cue a participle or a free relative's verb, not a report.
        if (thatAt < 0 && (FiniteVerbs.Contains(context.Word(clause).ToString())
            || (clause < end && IsDay(clause) && FiniteVerbs.Contains(context.Word(clause + 1).ToString()))))
        {
            return false;
        }

        // "announced a plan to build 20,000 homes", "announced the change at a news conference": without "that", a noun
        // phrase after such a verb is its object, unless an auxiliary or modal makes it a clause ("announced the talks would resume").
        if (thatAt < 0 && ObjectTakingCues.Contains(context.Word(cue).ToString()) && Determiners.Contains(context.Word(clause).ToString())
            && !HasFiniteVerb(clause, end))
        {
            return false;
        }

        // The clause must look like one: at least four words, or three with a pronoun subject and its verb ("he was relieved").
        if (end - clause < 3 && !(end - clause == 2 && ShortClause(clause)))
        {
            return false;
        }

        // "X held a news conference at the Capitol to announce that …": the infinitive's subject is the sentence's.
        // "On a cold Friday morning, X walked the floor and told reporters that ...": past an opening phrase or a dateline,
        // the main clause's subject is found by its verb. A verb of saying right after "and" or "but" shares the subject of
        // the verb before it ("X withdrew a 40% increase in fees for its colleges and announced that ..."), not the object's last noun.
        var coordinated = knownSubject is null && cue - 1 > first && context.Word(cue - 1) is "but" or "and";
        var subject = knownSubject ?? (coordinated ? SentenceSubject(first, cue - 1) : null)
            ?? (context.Is(cue - 1, "to") ? resolver.OpeningSubject(first, cue - 1) : resolver.Resolve(first, cue - 1));
        if (subject is null && coordinated)
        {
            subject = resolver.MainClauseSubject(first, cue - 1);
        }

        if (IsPollReading(subject, cue) || EarlierSource(SpeakerOf(subject), output) is not { } speaker)
        {
            return false;
        }

        // "officials said Saturday, offering a reward": what is left before a participle or apposition must still be a clause.
        var clauseEnd = ClauseEnd(clause, end);
        if (clauseEnd - clause < 3 && !(clauseEnd - clause == 2 && ShortClause(clause)))
        {
            return false;
        }

        AddReported(output, clause, clauseEnd, speaker, cue);
        return true;
    }

    /// <summary>
    /// The first token after a day phrase at <paramref name="clause"/> ("Monday", "on Friday", "Tuesday afternoon", "last
    /// week") that a clause follows, or <paramref name="clause"/> when none stands there.
    /// </summary>
    private int AfterDayPhrase(int clause, int end)
    {
        if (clause >= end)
        {
            return clause;
        }

        var at = context.Is(clause, "on") ? clause + 1 : clause;
        int next;
        if (at < end && IsDay(at))
        {
            next = at + 1;
            if (next < end && context.Word(next) is "morning" or "afternoon" or "evening" or "night")
            {
                next++;
            }
        }
        else if (at == clause && at + 1 < end && context.Is(at, "last") && context.Word(at + 1) is "week" or "month" or "year" or "night")
        {
            next = at + 2;
        }
        else
        {
            return clause;
        }

        // A clause must follow: a word, not punctuation or "that" (handled already), not a verb ("said Monday was ...") and
        // not a possessive ("said Thursday's actions were ...": the day is the clause's own).
        return next < end && context.Tokens[next].Kind is TokenKind.Word or TokenKind.Abbreviation && !FiniteVerbs.Contains(context.Word(next).ToString())
            && context.Word(next) is not ("'s" or "\u2019s")
            && !NotClauseStart.Contains(context.Word(next).ToString())
            ? next
            : clause;
    }

    /// <summary>"Thursday", "yesterday", "today": a day named by itself.</summary>
    private bool IsDay(int i) => TimeLexicon.Lookup(context.Word(i)) is var word && (word.Is(TimeWordKinds.Weekday) || word.Is(TimeWordKinds.RelativeDay));

    /// <summary>
    /// An auxiliary or modal before the clause's first comma; with <paramref name="pastTense"/>, an irregular past after the
    /// clause's first two words too ("no one made an offer"), which elsewhere may be a participle ("a message sent to ...").
    /// </summary>
    private bool HasFiniteVerb(int clause, int end, bool pastTense = false)
    {
        for (var i = clause; i <= end && !context.IsPunctuation(i, ","); i++)
        {
            // "no one made an offer", "no buyer came forward": a past tense after the quantity's noun is as finite.
            if (FiniteVerbs.Contains(context.Word(i).ToString()) || context.Word(i) is "can" or "may" or "does" or "do" or "shall"
                || (pastTense && i > clause + 1 && SpeakerResolver.IsIrregularPast(context.Word(i))))
            {
                return true;
            }
        }

        return false;
    }

    private bool ShortClause(int clause)
        => (PronounSubjects.Contains(context.Word(clause).ToString()) || context.Is(clause, "that")) && FiniteVerbs.Contains(context.Word(clause + 1).ToString());

    /// <summary>"The regional weather office expects ..., but warned that ...": the subject that opens the sentence.</summary>
    private Attribution? SentenceSubject(int first, int limit)
    {
        for (var j = Math.Min(limit - 1, first + 6); j >= first; j--)
        {
            var next = context.Word(j + 1);
            if (context.Tokens[j + 1].Kind == TokenKind.Word && char.IsLower(next[0])
                && (next.EndsWith("s", StringComparison.Ordinal) || next.EndsWith("ed", StringComparison.Ordinal) || SpeakerResolver.IsIrregularPast(next)))
            {
                return resolver.Resolve(first, j);
            }
        }

        return null;
    }
}
