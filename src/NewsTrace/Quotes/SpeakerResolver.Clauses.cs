using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Relative clauses inside a subject ("A lawyer who represents the families said"): a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Words after a relative pronoun that open the clause's own subject ("which he", "which the minister").</summary>
    private static readonly FrozenSet<string> RelativeClauseOpeners = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "we", "i", "you", "it", "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions before a relative pronoun ("in which", "of whom"): its clause has a subject of its own.</summary>
    private static readonly FrozenSet<string> RelativeClausePrepositions = FrozenSet.ToFrozenSet(
        ["in", "of", "on", "at", "by", "for", "with", "from", "to", "under", "after", "during"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The "who" or "which" opening a relative clause that runs to the end of the subject ("A lawyer who represents
    /// the families"), or -1. The pronoun must follow a word of the subject, with no comma after it (an apposition's
    /// clause, "The minister, who chaired the summit,", is read at its comma).
    /// </summary>
    private int RelativePronounIn(int first, int last)
    {
        for (var r = last - 1; r > first; r--)
        {
            if (context.IsPunctuation(r, ","))
            {
                return -1;
            }

            // Not "that", which as often follows a verb ("it was found that children responded").
            if ((context.Is(r, "who") || context.Is(r, "which")) && context.Tokens[r - 1].Kind == TokenKind.Word
                && !CueVerbs.IsCue(context.Word(r - 1)))
            {
                // "posts in which he had suggested", "the bill which she said": the clause has a subject of its own, who speaks.
                var opensOwnSubject = RelativeClauseOpeners.Contains(context.Word(r + 1).ToString()) || char.IsUpper(context.Text[context.Tokens[r + 1].Start])
                                      || RelativeClausePrepositions.Contains(context.Word(r - 1).ToString());
                return opensOwnSubject ? -1 : r;
            }
        }

        return -1;
    }
}
