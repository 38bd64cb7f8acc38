using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Quotes;

/// <summary>
/// Finds indirect speech in sentences without quote marks: `X said (that) CLAUSE` (also after "told reporters" or a short
/// time phrase before "that"), `CLAUSE, X said.`, `According to X, CLAUSE.` and `CLAUSE, according to X.`. A clause is kept
/// only when its speaker resolves to a name, a pronoun or a description, so "it is said" is not speech.
/// </summary>
internal sealed partial class ReportedSpeechFinder(QuoteContext context, SpeakerResolver resolver)
{
    /// <summary>How far "that" may stand from the cue inside a report about someone's words.</summary>
    private const int MaxWordsBeforeFarThat = 16;

    private static readonly FrozenSet<string> NotClauseStart = FrozenSet.ToFrozenSet(
    [
        "on", "in", "at", "to", "of", "for", "with", "by", "about", "as", "so", "and", "but", "or", "if", "whether", "goodbye",
        "hello", "yes", "no", "nothing", "something", "thanks", "sorry", "from", "after", "before", "during", "while",

        // "claimed victory", "claimed responsibility for the attack": the object of a claim, not a reported clause; "cautioned
        // against reading too much into it": what was warned against.
        "victory", "responsibility", "credit", "against",

        // "the measures insisted upon by the lenders": a participle and its preposition.
        "upon",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TrailingWords = FrozenSet.ToFrozenSet(
    [
        "in", "on", "at", "during", "after", "late", "earlier", "this", "last", "yesterday", "today", "afterwards", "later", "by", "via", "through",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a written statement that "saying" can follow without a comma ("a statement saying ...").</summary>
    private static readonly FrozenSet<string> Documents = FrozenSet.ToFrozenSet(["statement", "letter", "note", "post", "message", "release"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PronounSubjects = FrozenSet.ToFrozenSet(["he", "she", "it", "they", "we", "i"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FiniteVerbs = FrozenSet.ToFrozenSet(
        ["was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "should", "must", "did", "might"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of saying that as often take a thing as their object ("announced a plan", "confirmed the deal").</summary>
    private static readonly FrozenSet<string> ObjectTakingCues = FrozenSet.ToFrozenSet(
    [
        "announce", "announces", "announced", "confirm", "confirms", "confirmed", "report", "reports", "reported", "note", "notes", "noted",
        "promise", "promises", "promised", "pledge", "pledges", "pledged", "deny", "denies", "denied", "acknowledge", "acknowledges",
        "acknowledged", "admit", "admits", "admitted", "reveal", "reveals", "revealed", "predict", "predicts", "predicted", "describe",
        "describes", "described", "welcome", "welcomes", "welcomed", "maintain", "maintains", "maintained", "explain", "explains",
        "explained", "write", "writes", "wrote", "estimate", "estimates", "estimated", "claim", "claims", "claimed",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "new", "another"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a concession after a trailing cue (", though ...", ", but ...").</summary>
    private static readonly FrozenSet<string> Concessions = FrozenSet.ToFrozenSet(["though", "although", "but", "while", "whereas"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that open the reporter's own aside after a clause's comma: an apposition ("the", "a"), a concession, or the
    /// comparison a poll story adds to a finding (", compared with 31 percent who ...").
    /// </summary>
    private static readonly FrozenSet<string> ClauseBreakers = FrozenSet.ToFrozenSet(["the", "a", "an", "although", "though", "whereas", "compared"], StringComparer.OrdinalIgnoreCase);

    public void Find(int sentence, List<Quotation> output)
    {
        var first = context.FirstTokenOf(sentence);
        var last = context.LastTokenOf(sentence);
        if (last - first < 4)
        {
            return;
        }

        var end = last;
        while (end > first && context.Tokens[end].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
        {
            end--;
        }

        if (TryAccordingTo(first, end, output))
        {
            FindInner(output[^1], output);
            return;
        }

        for (var k = first + 1; k <= end; k++)
        {
            if (!IsFiniteCue(k))
            {
                continue;
            }

            if (TryCueThenClause(first, k, end, output))
            {
                var outer = output[^1];
                SecondReport(end, output);
                FindInner(outer, output);
                return;
            }

            if (TryClauseThenCue(first, k, end, output) || TryClauseThenInvertedCue(first, k, end, output))
            {
                FindInner(output[^1], output);
                return;
            }
        }

        TrySaying(first, end, output);
    }

    /// <summary>
    /// "He said the districts had decided, and he said he had asked for hearings": a report cut off by ", and he said" is
    /// followed by a second report of its own, with the pronoun as its subject.
    /// </summary>
    private void SecondReport(int end, List<Quotation> output)
    {
        var comma = context.FirstTokenAtOrAfter(output[^1].Span.End);
        if (comma < end && SecondReportAt(comma, end) && TryCueThenClause(comma + 2, comma + 3, end, output))
        {
            SecondReport(end, output);
        }
    }

    /// <summary>
    /// A participial clause of saying: "The governor vetoed the map on Friday, saying it split communities" and "The
    /// office released a statement saying the leaders were invited": "saying" reports the words of the main clause's
    /// subject, the one who vetoed or released the statement.
    /// </summary>
    private void TrySaying(int first, int end, List<Quotation> output)
    {
        for (var k = first + 2; k + 4 <= end; k++)
        {
            // "X was quoted as saying the harbour would reopen": the passive's subject is the one quoted.
            var quotedAs = context.Is(k - 1, "as") && (context.Is(k - 2, "quoted") || context.Is(k - 2, "reported"));
            if (!context.Is(k, "saying") || !(context.IsPunctuation(k - 1, ",") || Documents.Contains(context.Word(k - 1).ToString()) || quotedAs))
            {
                continue;
            }

            var clause = context.Is(k + 1, "that") ? k + 2 : k + 1;
            if (end - clause < 3 || context.Tokens[clause].Kind != TokenKind.Word || NotClauseStart.Contains(context.Word(clause).ToString()))
            {
                return;
            }

            var subject = resolver.MainClauseSubject(first, k);
            if (SpeakerOf(subject) is { } speaker)
            {
                output.Add(Reported(clause, ClauseEnd(clause, end), speaker, k));
            }

            return;
        }
    }

    /// <summary>
    /// "He said strikes had cost 1.4 million appointments, and argued that the figures would have fallen ‘…’": in a sentence
    /// with quote marks, a reported clause that ends before the first mark at <c>mark</c> (cut off by a second verb of the speaker) is
    /// reported speech of its own; a clause that runs into the quoted words is the partial quote's.
    /// </summary>
    public void FindBeforeQuoteMark(int sentence, int mark, List<Quotation> output)
    {
        var first = context.FirstTokenOf(sentence);
        var last = context.LastTokenOf(sentence);
        if (mark > last || mark - first < 6)
        {
            return;
        }

        for (var k = first + 1; k < mark; k++)
        {
            if (!IsFiniteCue(k))
            {
                continue;
            }

            // Only the first verb of saying: a later one stands inside its clause or reports the quoted words.
            if (TryCueThenClause(first, k, last, output) && output[^1].Span.End > context.Tokens[mark].Start)
            {
                output.RemoveAt(output.Count - 1);
            }

            return;
        }
    }

    /// <summary>
    /// "X said at a news conference that CLAUSE, the agency reported" and "According to the agency, X told reporters that
    /// CLAUSE": the agency's report holds X's own reported speech, which is X's quote too.
    /// </summary>
    private void FindInner(Quotation outer, List<Quotation> output)
    {
        var first = context.FirstTokenAtOrAfter(outer.Span.Start);
        var end = context.FirstTokenAtOrAfter(outer.Span.End) - 1;
        while (end > first && context.Tokens[end].End > outer.Span.End)
        {
            end--;
        }

        for (var k = first + 1; k <= end; k++)
        {
            if (IsFiniteCue(k) && FarThat(k, end) > 0 && TryCueThenClause(first, k, end, output, FarThat(k, end)))
            {
                return;
            }

            // "people briefed on the meeting said Mercer told Kessler he would step aside": "told" and a named listener
            // open the inner report without "that".
            if (context.Is(k, "told") && context.EntityStartingAt[Math.Min(k + 1, end)] >= 0 && TryCueThenClause(first, k, end, output))
            {
                return;
            }
        }
    }

    /// <summary>The "that" after a cue and a phrase of place or occasion ("said at a news conference after talks with X that"), or -1.</summary>
    private int FarThat(int cue, int end)
    {
        for (var i = cue + 1; i <= Math.Min(end, cue + MaxWordsBeforeFarThat); i++)
        {
            if (context.Is(i, "that"))
            {
                return i;
            }

            if (context.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return -1;
            }
        }

        return -1;
    }

    private bool TryCueThenClause(int first, int cue, int end, List<Quotation> output, int knownThat = -1)
    {
        // "shot back that ...": the clause opens after the retort's "back".
        var clause = cue + 1 <= end && CueVerbs.IsRetort(context.Word(cue), context.Word(cue + 1)) ? cue + 2 : cue + 1;
        var thatAt = knownThat;
        // "told New York Post columnist Cindy Adams that ...": the listener may be a long name, so "that" is looked for further
        // after "told", but there only after names and nouns: no pronoun, "and" or verb before it ("told People she went ...
        // and that ..."), and no verb right after it ("the negotiations that took place").
        var reach = context.Is(cue, "told") ? 11 : 7;
        for (var i = clause; thatAt < 0 && i <= Math.Min(end, cue + reach); i++)
        {
            // "said Emmerson had told him privately that ...": an auxiliary or a verb of saying before "that" means the
            // clause had begun, and "that" is the conjunction of a report inside it.
            if (context.Is(i, "that") && i - cue <= 7 && AuxiliaryOrCueBefore(clause, i))
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

        // "announced last weekend so that Greece can get a bailout": a purpose, not what was announced.
        if (thatAt > 0 && (context.Is(thatAt - 1, "so") || context.Is(thatAt - 1, "such")))
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

        // "told WPXI Katie was coming": a named listener right after "told" is no part of the clause.
        if (thatAt < 0 && context.Is(cue, "told") && clause < end && context.EntityStartingAt[clause] is var listener and >= 0
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

        // "said at least nine journalists had been held", "said no such request had been made": a quantity opens the clause.
        var quantity = clause < end && ((context.Is(clause, "at") && (context.Is(clause + 1, "least") || context.Is(clause + 1, "most")))
                       || (context.Is(clause, "no") && HasFiniteVerb(clause, end)));
        if (clause >= end || context.Tokens[clause].Kind != TokenKind.Word && context.Tokens[clause].Kind != TokenKind.Number
            || (thatAt < 0 && !quantity && NotClauseStart.Contains(context.Word(clause).ToString())))
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
        var subject = context.Is(cue - 1, "to") ? resolver.OpeningSubject(first, cue - 1) : resolver.Resolve(first, cue - 1);
        // "On a cold Friday morning, X walked the floor and told reporters that ...": past an opening phrase or a dateline,
        // the main clause's subject is found by its verb.
        if (subject is null && cue - 1 > first && context.Word(cue - 1) is "but" or "and")
        {
            subject = SentenceSubject(first, cue - 1) ?? resolver.MainClauseSubject(first, cue - 1);
        }

        if (IsPollReading(subject, cue) || EarlierSource(SpeakerOf(subject), output) is not { } speaker)
        {
            return false;
        }

        var clauseEnd = ClauseEnd(clause, end);
        output.Add(Reported(clause, clauseEnd, speaker, cue));
        return true;
    }

    /// <summary>"Thursday", "yesterday", "today": a day named by itself.</summary>
    private bool IsDay(int i) => TimeLexicon.Lookup(context.Word(i)) is var word && (word.Is(TimeWordKinds.Weekday) || word.Is(TimeWordKinds.RelativeDay));

    /// <summary>An auxiliary or modal before the clause's first comma.</summary>
    private bool HasFiniteVerb(int clause, int end)
    {
        for (var i = clause; i <= end && !context.IsPunctuation(i, ","); i++)
        {
            if (FiniteVerbs.Contains(context.Word(i).ToString()) || context.Word(i) is "can" or "may" or "does" or "do" or "shall")
            {
                return true;
            }
        }

        return false;
    }

    private bool ShortClause(int clause)
        => (PronounSubjects.Contains(context.Word(clause).ToString()) || context.Is(clause, "that")) && FiniteVerbs.Contains(context.Word(clause + 1).ToString());

    /// <summary>"Schools will stay shut until Monday, the town hall said."</summary>
    private bool TryClauseThenCue(int first, int cue, int end, List<Quotation> output)
    {
        // "..., the ministry said." or "..., the ministry said in a statement this morning." A concession after the cue
        // ("..., officials said, though three counties had yet to report") is the reporter's and ends the sentence's report.
        if (cue + 2 <= end && context.IsPunctuation(cue + 1, ",") && Concessions.Contains(context.Word(cue + 2).ToString()))
        {
            end = cue;
        }

        if (end - cue > 8 || (end > cue && !TrailingWords.Contains(context.Word(cue + 1).ToString())))
        {
            return false;
        }

        var comma = cue - 1;
        while (comma > first && !context.IsPunctuation(comma, ","))
        {
            comma--;
        }

        if (comma - first < 4 || cue - comma > 7)
        {
            return false;
        }

        var subject = TheyAsGroup(resolver.Resolve(comma + 1, cue - 1), output);
        if (IsPollReading(subject, cue) || EarlierSource(SpeakerOf(subject), output) is not { } speaker)
        {
            return false;
        }

        output.Add(Reported(AfterDateline(first, comma), comma - 1, speaker, cue));
        return true;
    }

    /// <summary>
    /// "WASHINGTON (Capitol Wire) — The committee voted ..., officials said": a clause that opens the story starts after its
    /// dateline, the place in capitals or the agency in brackets before the dash.
    /// </summary>
    private int AfterDateline(int first, int limit)
    {
        for (var i = first + 1; i < Math.Min(limit, first + 14); i++)
        {
            if (context.Word(i) is not ("—" or "–" or "--"))
            {
                continue;
            }

            var place = context.Word(first);
            var capitals = place.Length > 1 && !place.ContainsAnyInRange('a', 'z');
            return capitals || context.IsPunctuation(i - 1, ")") ? i + 1 : first;
        }

        return first;
    }

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

    /// <summary>"“...,” Velichko said, adding that engineers could start": reported speech after a quote, with the quote's speaker.</summary>
    public void FindAddingThat(int sentence, List<Quotation> output)
    {
        var first = context.FirstTokenOf(sentence);
        var last = context.LastTokenOf(sentence);
        for (var a = first + 2; a + 2 < last; a++)
        {
            if (!context.Is(a, "adding") || !context.Is(a + 1, "that") || !context.IsPunctuation(a - 1, ","))
            {
                continue;
            }

            var start = a - 2;
            while (start > first && context.Tokens[start - 1].Kind != TokenKind.QuoteMark)
            {
                start--;
            }

            for (var k = a - 2; k > start; k--)
            {
                if (!CueVerbs.IsCue(context.Word(k)))
                {
                    continue;
                }

                var subject = resolver.Resolve(context.IsPunctuation(start, ",") ? start + 1 : start, k - 1);
                var end = last;
                while (end > a && context.Tokens[end].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
                {
                    end--;
                }

                if (SpeakerOf(subject) is { } speaker && end > a + 2)
                {
                    output.Add(Reported(a + 2, end, speaker, a));
                }

                return;
            }
        }
    }

    /// <summary>A reported clause from token <paramref name="first"/> to <paramref name="last"/>, attributed to <paramref name="subject"/> through the cue word at <paramref name="cue"/>.</summary>
    private Quotation Reported(int first, int last, Attribution subject, int cue) => new(
        new TextSpan(context.Tokens[first].Start, context.Tokens[last].End),
        QuoteKinds.Reported,
        subject.Speaker,
        subject.SpeakerSpan,
        subject.SpeakerEntity,
        context.Word(cue).ToString(),
        context.Tokens[cue].Span);
}
