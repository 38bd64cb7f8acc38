using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Where a reported clause ends: the clause-end half of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>"declined to comment", "refused to say", "would not say", "did not respond", "could not be reached".</summary>
    private bool RefusalAt(int k, int end)
    {
        if (k + 2 > end)
        {
            return false;
        }

        // Only a refusal to say more: "and refused to pay its staff" is the claim's own.
        if (context.Word(k) is "declined" or "refused")
        {
            return context.Is(k + 1, "to") && context.WordIn(SayMoreVerbs, k + 2);
        }

        return context.Word(k) is "would" or "did" or "could" or "does" && context.Word(k + 1) is "not" or "n't"
               && (context.WordIn(SayMoreVerbs, k + 2) || (context.Is(k + 2, "be") && k + 3 <= end && context.Is(k + 3, "reached")));
    }

    /// <summary>Verbs of saying more that a refusal names ("declined to comment", "would not say").</summary>
    private static readonly WordSet SayMoreVerbs = FrozenSet.ToFrozenSet(
        ["comment", "say", "elaborate", "discuss", "confirm", "give", "provide", "answer", "respond", "disclose", "reveal", "specify",
            "identify", "name", "speculate", "detail", "explain"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// ", and he said", ", and 7 percent said", ", while Clean Streets Action urged": a comma, a conjunction, a short subject
    /// and a finite verb of saying at <paramref name="comma"/>; the cue's token, or -1.
    /// </summary>
    private int SecondReportCueAt(int comma, int end)
    {
        if (comma + 3 >= end || !context.IsPunctuation(comma, ",") || context.Word(comma + 1) is not ("and" or "but" or "while" or "whereas")
            || !OpensSubject(comma + 2))
        {
            return -1;
        }

        var limit = comma + 2 + MaxSecondSubjectWords;
        var bracketClose = -1;
        for (var k = comma + 3; k < end && k <= limit; k++)
        {
            // ", and Senate Majority Leader Harlan Voigt (R-Ky.) said": a bracketed party-state tag is part of the subject.
            if (context.IsPunctuation(k - 1, "(") && SpeakerResolver.IsPartyTag(context.Word(k)) && ClosingBracket(k, end) is var close and > 0)
            {
                limit += close + 1 - k;
                bracketClose = close;
                k = close;
                continue;
            }

            if ((context.Tokens[k - 1].Kind == TokenKind.Punctuation && k - 1 != bracketClose) || context.WordIn(FiniteVerbs, k - 1) && k - 1 > comma + 2)
            {
                return -1;
            }

            // ", while the union urged the council to ...": after a contrast any verb of saying starts the other side's words.
            if (IsFiniteCue(k) || (context.Word(comma + 1) is "while" or "whereas" && CueVerbs.IsCue(context.Word(k)) && context.Word(k).EndsWith("ed", StringComparison.Ordinal)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// ", calling it “a Band-Aid”", ", describing the plan as ...": a participle that names its object, the speaker's words
    /// about the clause, not part of it.
    /// </summary>
    private bool IsNamingParticiple(int k, int end)
        => k + 1 < end && context.Word(k) is "calling" or "describing" or "branding" or "dubbing" or "labelling" or "labeling" or "terming"
           && context.Word(k + 1) is "it" or "them" or "this" or "that" or "the" or "him" or "her" or "their" or "his" or "its";

    /// <summary>"called", "said", "told", "warned": a verb of saying in the past.</summary>
    private bool IsPastCue(int i)
    {
        var word = context.Word(i);
        return word is "called" or "said" or "told" or "wrote" || (CueVerbs.IsCue(word) && word.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>The ")" within three tokens after <paramref name="from"/>, or -1.</summary>
    private int ClosingBracket(int from, int end)
    {
        for (var k = from; k <= Math.Min(end, from + 3); k++)
        {
            if (context.IsPunctuation(k, ")"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A word that may open a subject: a pronoun, a capitalised word, a number or a determiner.</summary>
    private bool OpensSubject(int i)
    {
        var word = context.Word(i);
        return context.WordIn(PronounSubjects, i) || context.Tokens[i].Kind == TokenKind.Number || char.IsUpper(word[0])
               || context.WordIn(SubjectDeterminers, i);
    }

    private static readonly WordSet SubjectDeterminers = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "his", "her", "their", "its", "some", "many", "most", "several", "other", "others", "both", "two", "three", "four"],
        StringComparer.Ordinal);

    private const int MaxSecondSubjectWords = 6;

    /// <summary>The comma closing an apposition opened at <paramref name="start"/> when a preposition goes on with the clause after it, or -1.</summary>
    private int InnerAppositionEnd(int start, int end)
    {
        if (!context.Word(start).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        for (var j = start + 1; j + 2 <= end; j++)
        {
            if (context.Tokens[j].Kind == TokenKind.Punctuation)
            {
                return context.IsPunctuation(j, ",") && context.WordIn(ClauseGoesOn, j + 1) ? j : -1;
            }
        }

        return -1;
    }

    private static readonly WordSet ClauseGoesOn = FrozenSet.ToFrozenSet(
        ["before", "after", "until", "in", "on", "during", "by", "at", "for", "from", "unless", "without"], StringComparer.Ordinal);

    /// <summary>A participle ending in "-ing" with an object or preposition after it ("pointing to", "deepening a standoff").</summary>
    private bool IsTrailingParticiple(int i, int end)
    {
        var word = context.Word(i);
        return i < end && word.Length > 5 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal)
               && !context.WordIn(IngNouns, i) && context.WordIn(ParticipleObjects, i + 1);
    }

    private static readonly WordSet IngNouns = FrozenSet.ToFrozenSet(
        ["including", "during", "following", "regarding", "concerning", "excluding", "according", "something", "nothing", "anything",
            "everything", "morning", "evening", "spending", "funding", "housing", "training", "hearing", "ruling", "meeting",
            "building", "shooting", "bombing", "killing", "fighting", "opening", "beginning", "ending", "setting", "saying", "adding"],
        StringComparer.Ordinal);

    private static readonly WordSet ParticipleObjects = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "to", "his", "her", "their", "its", "on", "up", "out", "in", "at", "for", "with"], StringComparer.Ordinal);

    /// <summary>The clause runs to the sentence end, or to ", adding"/", saying" that starts another attribution.</summary>
    private int ClauseEnd(int clause, int end)
    {
        for (var i = clause + 1; i < end; i++)
        {
            if (context.IsPunctuation(i, ",") && (context.Word(i + 1) is "adding" or "saying" || context.Is(i + 1, "according") || IsThatParticiple(i + 1, end)
                || IsNamingParticiple(i + 1, end)
                || (context.Is(i + 1, "per") && i + 2 < end && IsPerSource(i + 2))))
            {
                return i - 1;
            }

            // "..., the main road link between ...": an apposition or concession after the clause is the reporter's; one the
            // clause goes on after ("for Judge X, the president's nominee, before the election") is the clause's.
            if (context.IsPunctuation(i, ",") && context.WordIn(ClauseBreakers, i + 1))
            {
                if (InnerAppositionEnd(i + 1, end) is var close and > 0)
                {
                    i = close;
                    continue;
                }

                return i - 1;
            }

            // "said it was reviewing the bill and declined to comment", "but would not say how many": the speaker's refusal
            // to say more is the reporter's account, not the claim.
            if (context.Word(i) is "and" or "but" && RefusalAt(i + 1, end))
            {
                return i - 1;
            }

            // "..., and she said the staff would move": a second report of the same speaker ends the first clause and is read
            // as a clause of its own (see SecondReport).
            if (SecondReportCueAt(i, end) > 0)
            {
                return i - 1;
            }

            // "..., pointing to the crowds at his rallies": a participle after the clause is the reporter's.
            if (context.IsPunctuation(i, ",") && IsTrailingParticiple(i + 1, end))
            {
                return i - 1;
            }

            // "said he would decide very soon and called both men “tremendous”", "said it supported the bill but urged ...": a
            // past verb of saying joined by "and" (or "but", with an object of its own: "but warned of showers" stays in the
            // clause) is the speaker's second verb, not the clause's.
            if ((context.Is(i, "and") || (context.Is(i, "but") && i + 2 <= end && context.Word(i + 2) is not ("of" or "about" or "against" or "on")))
                && i + 1 < end && IsPastCue(i + 1))
            {
                return i - 1;
            }

            // "said Congress would pass the bill, and he disclosed that ...": a second report by a pronoun subject ends the first.
            if (context.IsPunctuation(i, ",") && i + 3 <= end && context.Word(i + 1) is "and" or "but" && context.Word(i + 2) is "he" or "she" or "they"
                && IsPastCue(i + 3))
            {
                return i - 1;
            }

            // "Vellacott, who has said he will vote no, told reporters ...": "told" after a comma is the main clause's verb,
            // which the relative clause's report ends before.
            // A clause without a finite verb ("who argued part of the case, told") is no report; it is not cut out either.
            // So does "said" ("Hapgood, who said he had spoken with the governor, said he had told him ...").
            if (context.IsPunctuation(i, ",") && i + 2 <= end && context.Word(i + 1) is "told" or "said" or "says" && HasFiniteVerb(clause, i - 1))
            {
                return i - 1;
            }

            // "..., and urged Tevania to join": a second verb of the speaker ends the reported clause.
            if (context.IsPunctuation(i, ",") && i + 2 <= end && context.Word(i + 1) is "and" or "but"
                && (CueVerbs.IsCue(context.Word(i + 2)) || context.Word(i + 2).EndsWith("ed", StringComparison.Ordinal)))
            {
                return i - 1;
            }
        }

        return end;
    }
}
