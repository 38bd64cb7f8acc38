using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>"CLAUSE, the ministry said.": the cue after its clause, and the dateline a story's first clause starts after; a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>Days of the week as the wire writes them after a cue ("said Tuesday").</summary>
    private static readonly WordSet Weekdays = FrozenSet.ToFrozenSet(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    private static readonly WordSet TrailingWords = FrozenSet.ToFrozenSet(
    [
        "in", "on", "at", "during", "after", "late", "earlier", "this", "last", "yesterday", "today", "afterwards", "later", "by", "via", "through",

        // "..., the department said Tuesday.", "..., officials said Jan. 5.": the wire's day or date without "on" ("May" is
        // left out: in any case it is also the modal).
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "recently", "previously",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that open a concession or the reporter's aside after a trailing cue (", though ...", ", but ...", ", without
    /// naming a date", ", citing ...").
    /// </summary>
    private static readonly WordSet Concessions = FrozenSet.ToFrozenSet(
        ["though", "although", "but", "while", "whereas", "without", "citing", "giving", "offering", "declining", "refusing"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest trailing phrase of place, time or occasion after the cue ("said after a Security Council briefing by ...").</summary>
    private const int MaxTrailingWords = 16;

    /// <summary>"Schools will stay shut until Monday, the town hall said."</summary>
    private bool TryClauseThenCue(int first, int cue, int end, List<Quotation> output)
    {
        // "..., the ministry said." or "..., the ministry said in a statement this morning." A concession after the cue
        // ("..., officials said, though three counties had yet to report") is the reporter's and ends the sentence's report.
        if (cue + 2 <= end && context.IsPunctuation(cue + 1, ",") && Concessions.Contains(context.Word(cue + 2).ToString()))
        {
            end = cue;
        }

        // "..., the department said Monday, handing Republicans a fresh line of attack": a participle after the cue's day is
        // the reporter's too.
        if (cue + 3 <= end && context.IsPunctuation(cue + 2, ",") && TrailingWords.Contains(context.Word(cue + 1))
            && (Concessions.Contains(context.Word(cue + 3)) || context.Word(cue + 3).EndsWith("ing", StringComparison.Ordinal)))
        {
            end = cue + 1;
        }

        // "..., a senior aide told CNN.", "..., she told reporters on Monday.": the listener after "told" is no part of the tail.
        var tail = context.Is(cue, "told") ? ListenerEnd(cue + 1, end) : cue;
        if (end - tail > MaxTrailingWords || (end > tail && !TrailingWords.Contains(context.Word(tail + 1).ToString())))
        {
            return false;
        }

        var comma = cue - 1;
        while (comma > first && !context.IsPunctuation(comma, ","))
        {
            comma--;
        }

        // "..., Thomas Brueckner, a vice president at the alliance, told the committee.": the subject is the name before the
        // appositive set off by commas, and the claim ends before it.
        var subjectEnd = cue - 1;
        if (cue - comma == 1 && AppositiveSubject(first, comma) is var (nameComma, appositiveComma))
        {
            comma = nameComma;
            subjectEnd = appositiveComma - 1;
        }

        // A name counts as one word: "the New Mexico Farm and Livestock Bureau said" is a subject of three.
        if (comma - first < 4 || SubjectWords(comma + 1, subjectEnd) > MaxTrailingSubjectWords)
        {
            return false;
        }

        // "If the plan had passed, LaRue believes that Mitchell would have told him.": a clause of its own before "told" and its
        // listener is no reporter.
        if (tail > cue && SubjectHoldsClause(comma + 1, subjectEnd))
        {
            return false;
        }

        var subject = BodyOpeningClause(AfterDateline(first, comma), comma + 1, subjectEnd) ?? TheyAsGroup(resolver.Resolve(comma + 1, subjectEnd), output);
        if (IsPollReading(subject, cue) || EarlierSource(SpeakerOf(subject), output) is not { } speaker)
        {
            return false;
        }

        output.Add(Reported(AfterDateline(first, comma), comma - 1, speaker, cue));
        return true;
    }

    /// <summary>Kinds of body a trailing "the party", "the ministry" takes up from the clause it closes.</summary>
    private static readonly WordSet BodyKinds = FrozenSet.ToFrozenSet(
        ["party", "ministry", "company", "group", "union", "agency", "bank", "council", "firm", "commission", "department", "alliance",
            "coalition", "movement", "organisation", "organization", "league", "association", "federation", "court", "board"],
        StringComparer.Ordinal);

    /// <summary>
    /// "The NDP has ended its agreement with the government, the party announced": a bare "the party" after the clause is the
    /// organisation that opens the clause as its subject, though the resolver, reading the description alone, would look
    /// for a party named before the sentence. Null for any other subject.
    /// </summary>
    private Attribution? BodyOpeningClause(int clauseStart, int subjectStart, int subjectEnd)
    {
        if (subjectEnd != subjectStart + 1 || !context.Is(subjectStart, "the") || !BodyKinds.Contains(context.Word(subjectEnd).ToString()))
        {
            return null;
        }

        var opening = context.Word(clauseStart) is "The" or "the" ? clauseStart + 1 : clauseStart;
        if (context.EntityStartingAt[opening] is not (var body and >= 0) || context.Entities[body].Type != EntityTypes.Organization)
        {
            return null;
        }

        var entity = context.Entities[body];
        var name = entity.Canonical ?? entity.Span.Of(context.Text);
        var described = new TextSpan(context.Tokens[subjectStart].Start, context.Tokens[subjectEnd].End);
        return new Attribution(name, described, name, null, null);
    }

    /// <summary>The most words (a name counting as one) a subject between a clause's comma and its trailing cue may have.</summary>
    private const int MaxTrailingSubjectWords = 6;

    /// <summary>The words from <paramref name="from"/> to <paramref name="to"/>, each name the entity layer found counting as one.</summary>
    private int SubjectWords(int from, int to)
    {
        var words = 0;
        for (var k = from; k <= to; k++)
        {
            words++;
            k = Math.Max(k, context.NameEndStartingAt(k));
        }

        return words;
    }

    /// <summary>
    /// For "CLAIM, NAME, a/an/the APPOSITIVE, cue": the comma before the name and the comma after it, when a person's name
    /// stands alone between them and the appositive opens with an article; null otherwise.
    /// </summary>
    private (int NameComma, int AppositiveComma)? AppositiveSubject(int first, int lastComma)
    {
        var appositiveComma = lastComma - 1;
        while (appositiveComma > first && !context.IsPunctuation(appositiveComma, ","))
        {
            appositiveComma--;
        }

        if (appositiveComma <= first || lastComma - appositiveComma > MaxTrailingWords || context.Word(appositiveComma + 1) is not ("a" or "an" or "the"))
        {
            return null;
        }

        var nameComma = appositiveComma - 1;
        while (nameComma > first && !context.IsPunctuation(nameComma, ","))
        {
            nameComma--;
        }

        return nameComma > first && context.EntityStartingAt[nameComma + 1] is var name and >= 0 && context.Entities[name].Type == Entities.EntityTypes.Person
            && context.NameEndStartingAt(nameComma + 1) == appositiveComma - 1
            ? (nameComma, appositiveComma)
            : null;
    }

    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="last"/> hold "that" or an auxiliary, so a clause rather than a subject.</summary>
    private bool SubjectHoldsClause(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (context.Is(k, "that") || FiniteVerbs.Contains(context.Word(k).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last token of the listener that starts at <paramref name="at"/> after "told" ("reporters", "the committee", "CNN",
    /// "The Hill"), or the token before it when none does.
    /// </summary>
    private int ListenerEnd(int at, int end)
    {
        if (at > end)
        {
            return at - 1;
        }

        // "told employees", "told shareholders": a lower-case plural is the audience as well as the listed listeners.
        if (Listeners.Contains(context.Word(at).ToString()) || (char.IsLower(context.Word(at)[0]) && SpeakerResolver.IsPlural(context.Word(at).ToString())))
        {
            return context.Is(at, "the") && at + 1 <= end ? at + 1 : at;
        }

        return context.EntityStartingAt[at] is var listener and >= 0 && context.Entities[listener].Type is Entities.EntityTypes.Organization or Entities.EntityTypes.Person
            ? Math.Min(end, context.FirstTokenAtOrAfter(context.Entities[listener].Span.End) - 1)
            : at - 1;
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
}
