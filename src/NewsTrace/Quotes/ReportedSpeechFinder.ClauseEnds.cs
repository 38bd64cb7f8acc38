using System.Collections.Frozen;

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
            return context.Is(k + 1, "to") && SayMoreVerbs.Contains(context.Word(k + 2).ToString());
        }

        return context.Word(k) is "would" or "did" or "could" or "does" && context.Word(k + 1) is "not" or "n't"
               && (SayMoreVerbs.Contains(context.Word(k + 2).ToString()) || (context.Is(k + 2, "be") && k + 3 <= end && context.Is(k + 3, "reached")));
    }

    /// <summary>Verbs of saying more that a refusal names ("declined to comment", "would not say").</summary>
    private static readonly FrozenSet<string> SayMoreVerbs = FrozenSet.ToFrozenSet(
        ["comment", "say", "elaborate", "discuss", "confirm", "give", "provide", "answer", "respond", "disclose", "reveal", "specify",
            "identify", "name", "speculate", "detail", "explain"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>", and he said", ", and she told reporters": a comma, "and", a subject pronoun and a verb of saying at <paramref name="comma"/>.</summary>
    private bool SecondReportAt(int comma, int end)
        => comma + 3 < end && context.IsPunctuation(comma, ",") && context.Is(comma + 1, "and")
           && PronounSubjects.Contains(context.Word(comma + 2).ToString()) && IsFiniteCue(comma + 3);

    /// <summary>The clause runs to the sentence end, or to ", adding"/", saying" that starts another attribution.</summary>
    private int ClauseEnd(int clause, int end)
    {
        for (var i = clause + 1; i < end; i++)
        {
            if (context.IsPunctuation(i, ",") && (context.Word(i + 1) is "adding" or "saying" || context.Is(i + 1, "according")))
            {
                return i - 1;
            }

            // "..., the main road link between ...": an apposition or concession after the clause is the reporter's.
            if (context.IsPunctuation(i, ",") && ClauseBreakers.Contains(context.Word(i + 1).ToString()))
            {
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
            if (SecondReportAt(i, end))
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
