using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Where a description starts, walking left from its head; a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Words that open a clause before its subject ("..., as rail unions warned that"): no part of the subject.</summary>
    private static readonly WordSet Conjunctions = FrozenSet.ToFrozenSet(
        ["as", "while", "whilst", "when", "because", "although", "though", "after", "before", "since", "until", "if", "whereas", "but", "or", "so", "where", "once"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the plural noun at <paramref name="head"/>, with up to two lower-case words before it, opens a subject: the
    /// sentence, a punctuation mark, a determiner or a possessive stands before them.
    /// </summary>
    private bool OpensSubject(int head)
    {
        var start = head;
        while (start - 1 >= 0 && head - start < 2 && context.SentenceOfToken[start - 1] == context.SentenceOfToken[head] && context.Tokens[start - 1].Kind == TokenKind.Word
               && char.IsLower(context.Word(start - 1)[0]) && !WordIn(Determiners, start - 1) && !WordIn(Conjunctions, start - 1) && !context.Is(start - 1, "and")
               && !WordIn(RelativeClausePrepositions, start - 1) && !context.Word(start - 1).EndsWith("ed", StringComparison.Ordinal) && !IsIrregularPast(context.Word(start - 1)))
        {
            start--;
        }

        var before = start - 1;
        return before < 0 || context.SentenceOfToken[before] != context.SentenceOfToken[head] || context.IsPunctuation(before, ",") || context.Word(before) is "—" or "–" or ":"
               || WordIn(Determiners, before) || context.Word(before) is "'s" or "\u2019s";
    }

    /// <summary>Walks left from a description's head over its words to its determiner or possessive owner, at most six words.</summary>
    private int DescriptionStart(int first, int last)
    {
        var tokens = context.Tokens;
        var start = last;
        while (start > first && last - start < 6)
        {
            var previous = start - 1;
            if (context.NameStartEndingAt(previous) is var nameStart and >= 0 && nameStart >= first && nameStart < previous)
            {
                // "A Fish and Wildlife Service employee": a name before the head is taken whole, "and" and all.
                start = nameStart;
                continue;
            }

            // "Shrimpers and oyster harvesters", "economists and trade lawyers": two groups joined by "and" speak together.
            // Not the end of a list or the object of a verb or a preposition before them ("has water and electricity
            // connections and officials say", "after five years and detectives said").
            if (context.Is(previous, "and") && previous - 1 >= first && tokens[previous - 1].Kind == TokenKind.Word && IsPlural(context.Word(previous - 1))
                && IsPlural(context.Word(last)) && !CueVerbs.IsCue(context.Word(previous - 1)) && OpensSubject(previous - 1))
            {
                start = previous - 1;
                continue;
            }

            // "Seafarers' groups", "the workers’ union": a plural owner's apostrophe belongs to the description.
            // Only before a common noun (not "MASN Sports' Roch Kubatko"); a capitalised owner ("Collins' colleagues") ends the
            // walk: it is a name, taken whole.
            if (context.Word(previous) is "'" or "\u2019" && previous - 1 >= first && tokens[previous - 1].End == tokens[previous].Start
                && tokens[previous - 1].Kind == TokenKind.Word && context.Word(previous - 1) is [.., 's'] && char.IsLower(context.Word(start)[0]))
            {
                start = previous - 1;
                if (char.IsUpper(context.Word(start)[0]))
                {
                    break;
                }

                continue;
            }

            if ((tokens[previous].Kind != TokenKind.Word && tokens[previous].Kind != TokenKind.Abbreviation) || CueVerbs.IsCue(context.Word(previous)) || context.Is(previous, "and") || context.Is(previous, "that")
                || WordIn(Conjunctions, previous))
            {
                break;
            }

            start = previous;
            if (WordIn(Determiners, previous))
            {
                break;
            }
        }

        return start;
    }
}
