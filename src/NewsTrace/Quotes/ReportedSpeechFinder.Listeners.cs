using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Who is told, and where the clause after "told" starts: a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    private static readonly WordSet Listeners = FrozenSet.ToFrozenSet(
    [
        "reporters", "journalists", "lawmakers", "parliament", "delegates", "diplomats", "me", "us", "him", "her", "them",
        "viewers", "listeners", "readers", "supporters", "students", "residents", "officials", "investors", "the",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the clause after "told" and its object starts: a subject pronoun, or "the" and a noun before an auxiliary or
    /// modal, within six words with no punctuation between; 0 when none stands there or it is the first word already.
    /// </summary>
    private int ToldClauseStart(int from, int end)
    {
        for (var i = from + 1; i <= Math.Min(end - 2, from + 6); i++)
        {
            // A verb before it means the clause had begun ("told WPXI Katie was coming and she was ...").
            if (context.Tokens[i - 1].Kind != TokenKind.Word && context.Tokens[i - 1].Kind != TokenKind.Abbreviation || FiniteVerbs.Contains(context.Word(i - 1).ToString()))
            {
                return 0;
            }

            var word = context.Word(i);
            var next = context.Word(i + 1);
            if (PronounSubjects.Contains(word.ToString())
                && (FiniteVerbs.Contains(next.ToString()) || next.EndsWith("ed", StringComparison.Ordinal) || SpeakerResolver.IsIrregularPast(next)))
            {
                return i;
            }

            if (word is "the" && FiniteVerbs.Contains(context.Word(i + 2).ToString()))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>An auxiliary or a verb of saying between <paramref name="from"/> and <paramref name="to"/> ("Emmerson had told him").</summary>
    private bool AuxiliaryOrCueBefore(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            // "said in written testimony that", "said in a written statement that": a participle after a preposition or an
            // article describes the noun after it; it is no verb of the clause.
            if (FiniteVerbs.Contains(context.Word(i).ToString())
                || (CueVerbs.IsReporting(context.Word(i)) && !(i > from && context.Word(i - 1) is "in" or "a" or "an" or "the" or "its" or "his" or "her" or "their")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A subject pronoun, "and" or an auxiliary between <paramref name="from"/> and <paramref name="to"/>: a clause had begun.</summary>
    private bool ClauseBegunBefore(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = context.Word(i).ToString();
            if (word is "and" || PronounSubjects.Contains(word) || FiniteVerbs.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
