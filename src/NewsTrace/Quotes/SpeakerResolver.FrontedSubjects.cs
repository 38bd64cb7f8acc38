using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Subjects that follow a fronted phrase of place or time: a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Prepositions that open a phrase of place or time before a sentence's subject ("At a viewing centre in Wuse, ...").</summary>
    private static readonly WordSet FrontingPrepositions = FrozenSet.ToFrozenSet(
        ["at", "in", "on", "outside", "inside", "near", "among", "across", "along", "behind", "beside", "under", "by", "from", "after", "before", "during"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>How far into its sentence a subject after a fronted phrase may stand.</summary>
    private const int MaxFrontedWords = 30;

    /// <summary>
    /// "At a viewing centre in Wuse, where a television had been set up, Ifeoma Ndubuisi, a fashion designer, watched the
    /// judgment": the person named right after a comma that ends a phrase of place or time opening the sentence, and then
    /// set off by an apposition's comma or followed by a verb. Null when the sentence opens otherwise, or a quote mark comes
    /// first.
    /// </summary>
    private EntityMention? FrontedPhraseSubject(int first, int last)
    {
        if (!FrontingPrepositions.Contains(context.Word(first)))
        {
            return null;
        }

        for (var k = first + 2; k <= Math.Min(last - 1, first + MaxFrontedWords); k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (!context.IsPunctuation(k - 1, ",") || context.EntityStartingAt[k] is not (var e and >= 0) || context.Entities[e].Type != EntityTypes.Person
                || _mentions.IsPossessive(context.Entities[e]))
            {
                continue;
            }

            var after = context.FirstTokenAtOrAfter(context.Entities[e].Span.End);
            return after <= last && (context.IsPunctuation(after, ",") || (context.Tokens[after].Kind == TokenKind.Word && char.IsLower(context.Word(after)[0])))
                ? context.Entities[e]
                : null;
        }

        return null;
    }
}
