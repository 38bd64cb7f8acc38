using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Groups that speak as written with their place ("Obstetricians in Miami", "election officials in several states"), not
/// the place named at the end of the subject: a part of <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "Obstetricians in Miami", "Undecided Republicans in a focus group in Oakland County": a plural noun opening the subject
    /// and placed by "in" or "at" before the name at its end is a group that speaks, written out with its place; null otherwise.
    /// </summary>
    private Attribution? PlacedGroup(int first, int beforeName, int last)
    {
        for (var p = first + 1; p <= beforeName; p++)
        {
            if (!(context.Is(p, "in") || context.Is(p, "at")))
            {
                continue;
            }

            var noun = context.Word(p - 1).ToString();
            // A party's members ("Democrats", "Conservatives" tagged as the party) are a group; a longer body's name is not.
            var named = context.EntityEndingAt[p - 1] is var e and >= 0 && (context.Entities[e].Type is EntityTypes.Person or EntityTypes.Geopolitical
                || (context.Entities[e].Type == EntityTypes.Organization && context.EntityStartingAt[p - 1] != e && !Entities.Data.GroupNames.Names.Contains(noun)));
            if (named || !IsPlural(noun.ToLowerInvariant()) || context.Tokens[p - 1].Kind != TokenKind.Word)
            {
                return null;
            }

            for (var k = first; k < p - 1; k++)
            {
                // Only adjectives before the group's noun ("undecided Republicans"), no determiner, phrase or name ("Medical Center
                // for federal prisoners in Springfield" is the centre).
                if (context.Tokens[k].Kind != TokenKind.Word || WordIn(Determiners, k) || WordIn(PostModifierOpeners, k)
                    || context.Is(k, "and") || context.Is(k, "or") || context.EntityEndingAt[k] >= 0)
                {
                    return null;
                }
            }

            return Written(first, last);
        }

        return null;
    }

    /// <summary>
    /// "Democratic attorneys general in 15 states", "election officials in several states", "senators from both parties": a
    /// group placed by "in", "across" or "from" and a counted plural is a group that speaks as written, not the places.
    /// </summary>
    private Attribution? CountedPlaceGroup(int first, int last)
    {
        for (var p = first + 1; p + 2 <= last; p++)
        {
            if (!(context.Is(p, "in") || context.Is(p, "across") || context.Is(p, "from")))
            {
                continue;
            }

            var count = context.Tokens[p + 1].Kind == TokenKind.Number || context.Word(p + 1) is "several" or "many" or "both" or "all" or "two" or "three" or "four" or "five" or "dozens" or "some";
            var group = context.Word(p - 1) is "general" && p - 2 >= first ? p - 2 : p - 1;
            if (!count || last != p + 2 || !IsPlural(context.Word(last).ToString()) || !IsPlural(context.Word(group).ToString().ToLowerInvariant())
                || context.Tokens[group].Kind != TokenKind.Word || context.EntityEndingAt[p - 1] >= 0)
            {
                return null;
            }

            for (var k = first; k < group; k++)
            {
                if (context.Tokens[k].Kind != TokenKind.Word || WordIn(PostModifierOpeners, k) || context.Is(k, "and") || context.Is(k, "or"))
                {
                    return null;
                }
            }

            return Written(first, last);
        }

        return null;
    }

    /// <summary>
    /// The first token of "officials from North Macedonia" when it follows "but" (or a sentence's start) and runs to the
    /// "and" at <paramref name="and"/>: a plural noun, "from" and a place; null otherwise.
    /// </summary>
    private int? PlacesGroupAfterBut(int first, int and)
    {
        var place = and - 1;
        if (context.EntityEndingAt[place] is not (var e and >= 0) || context.Entities[e].Type != EntityTypes.Geopolitical)
        {
            return null;
        }

        var from = context.FirstTokenAtOrAfter(context.Entities[e].Span.Start) - 1;
        var noun = from - 1;
        if (noun < first || !context.Is(from, "from") || context.Tokens[noun].Kind != TokenKind.Word || !IsPlural(context.Word(noun).ToString().ToLowerInvariant()))
        {
            return null;
        }

        return noun == first || context.Is(noun - 1, "but") ? noun : null;
    }
}
