using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Which forms of a verb of saying report speech: the cue half of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>Words that open a noun phrase; a verb of saying right after one is an adjective ("the said problem").</summary>
    private static readonly WordSet NounPhraseOpeners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any", "some", "each", "every", "of", "with", "by", "from", "in", "on", "for"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Forms of "be" that make a following participle passive.</summary>
    private static readonly WordSet BeForms = FrozenSet.ToFrozenSet(["is", "are", "was", "were", "be", "been", "being"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs that stand between "be" and a passive participle besides those in -ly.</summary>
    private static readonly WordSet PassiveAdverbs = FrozenSet.ToFrozenSet(["twice", "also", "not", "never", "often", "once", "already", "still", "long"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Forms of verbs of saying that are only participles, never a finite past.</summary>
    private static readonly WordSet ParticiplesOnly = FrozenSet.ToFrozenSet(["written", "spoken", "shown", "known", "given", "sworn", "drawn"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A verb of saying that is not a participle and not "add up to" / "add to" / "add" + an amount ("the detour adds up
    /// to nine hours", "the delay added to the cost", "shares added 5 percent"): those sum or increase, they do not report.
    /// </summary>
    private bool IsFiniteCue(int k)
    {
        var word = context.Word(k);
        if (k + 1 < context.Tokens.Length && CueVerbs.IsRetort(word, context.Word(k + 1)))
        {
            return true;
        }

        if (ThatOnlyCues.Contains(word))
        {
            return ThatFollows(k);
        }

        if (!CueVerbs.IsReporting(word) || word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        return !(word is "add" or "adds" or "added" && k + 1 < context.Tokens.Length
                 && (context.Word(k + 1) is "up" or "to" || context.Tokens[k + 1].Kind == TokenKind.Number))
               && !ReportsNoOne(k);
    }

    /// <summary>
    /// Verbs that report only with "that" after them: "He conceded that the amendment had little chance" but "conceded
    /// shortly after 10 p.m."; "recalled that she had worked summers"; "pointed out that the union had endorsed ...".
    /// </summary>
    private static readonly WordSet ThatOnlyCues = FrozenSet.ToFrozenSet(
        ["conceded", "concedes", "recalled", "recalls", "boasted", "boasts", "pointed", "points"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether "that" follows the verb at <paramref name="k"/>, after "out" for "pointed" and a day ("conceded on Tuesday that").</summary>
    private bool ThatFollows(int k)
    {
        var i = k + 1;
        if (context.Word(k) is "pointed" or "points" or "Pointed" or "Points")
        {
            if (i >= context.Tokens.Length || !context.Is(i, "out"))
            {
                return false;
            }

            i++;
        }

        if (i + 1 < context.Tokens.Length && context.Is(i, "on") && char.IsUpper(context.Word(i + 1)[0]))
        {
            i += 2;
        }

        return i < context.Tokens.Length && context.Is(i, "that");
    }

    /// <summary>
    /// "the said problem", "an estimated cost", "of different written instructions": a verb of saying inside a noun phrase
    /// is an adjective; "were twice denied", "should be declared", "are written": in the passive its speaker is unnamed;
    /// "As noted earlier": an aside of the writer's. None of them reports anyone's words.
    /// </summary>
    private bool ReportsNoOne(int k)
    {
        if (k == 0)
        {
            return false;
        }

        var before = context.Word(k - 1).ToString();
        if (NounPhraseOpeners.Contains(before) || before.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "would not reveal what ...", "didn't disclose the amount", "declined to disclose": what is not made known is no report;
        // and only what was made known reports ("disclosed that ..."), not "will reveal that person's identity".
        if (CueVerbs.LemmaOf(context.Word(k)) is "disclose" or "reveal"
            && (before is "not" or "n't" or "never" or "to" || !context.Word(k).EndsWith("ed", StringComparison.Ordinal)))
        {
            return true;
        }

        var be = k - 1;
        if (be > 0 && (before.EndsWith("ly", StringComparison.Ordinal) || PassiveAdverbs.Contains(before)))
        {
            be--;
        }

        if (BeForms.Contains(context.Word(be).ToString()))
        {
            return true;
        }

        // "of different written instructions", "wanted written guarantees": a form that is only a participle reports only
        // after "have" ("had written that ..."); elsewhere it is an adjective.
        return ParticiplesOnly.Contains(context.Word(k).ToString()) && !(context.Word(k - 1) is "has" or "have" or "had" or "having");
    }
}
