using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Descriptions by party or place ("the Green politician"): a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Nouns for a person in public life that no title names ("the Green politician").</summary>
    private static readonly WordSet PublicLifeNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["politician", "parliamentarian", "campaigner", "activist", "veteran", "legislator", "lawmaker", "dissident", "reformer", "populist"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Vossberg, a Green Party member, ... After the debate, the Green politician said": a definite description whose role
    /// no one was introduced with takes up the person last mentioned with all its capitalised modifiers (a party, a place)
    /// near one of their mentions; null when it has none.
    /// </summary>
    private EntityMention? DescribedByCapitals(int start, int last, string head, TextSpan span)
    {
        if (!context.Is(start, "the") || IsPlural(head) || !(PublicLifeNouns.Contains(head) || Entities.Data.NameWords.PersonTitles.Contains(head) || ProtagonistRoles.Contains(head)))
        {
            return null;
        }

        List<string>? capitals = null;
        for (var i = start + 1; i < last; i++)
        {
            if (context.Tokens[i].Kind == TokenKind.Word && char.IsUpper(context.Word(i)[0]))
            {
                (capitals ??= []).Add(context.Word(i).ToString());
            }
        }

        return capitals is not null ? _mentions.MostRecentDescribedBy(span.Start, capitals) : null;
    }
}
