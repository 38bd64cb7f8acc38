using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Names around a subject's commas: an opening name, a titled name in apposition, a party-state tag; a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Words a subject's opening name may take before its first comma ("Foreign Minister Tomas Velichko,").</summary>
    private const int OpeningNameReach = 5;

    /// <summary>
    /// "Cynthia Marsh, curator of prints at the State University, Dorvan, said": a subject that opens with a person's name
    /// (after capitalised titles only) and a comma is that person, however many commas the apposition holds (the place
    /// ending it is no speaker).
    /// </summary>
    private Attribution? OpeningName(int first, int last)
    {
        for (var k = first + 1; k < last && k - first <= OpeningNameReach; k++)
        {
            if (!context.IsPunctuation(k, ","))
            {
                continue;
            }

            // Only capitalised title words may stand before the name: in "A spokeswoman for Walsh, Maria Lopez, said" the
            // opening name is the object of "for", and the name in apposition speaks.
            var entity = context.EntityEndingAt[k - 1];
            if (entity < 0 || context.Entities[entity].Type != EntityTypes.Person || context.Entities[entity].Span.Start < context.Tokens[first].Start)
            {
                return null;
            }

            for (var t = first; context.Tokens[t].End <= context.Entities[entity].Span.Start; t++)
            {
                if (!char.IsUpper(context.Text[context.Tokens[t].Start]))
                {
                    return null;
                }
            }

            return Resolve(first, k - 1);
        }

        return null;
    }

    /// <summary>
    /// The comma before a party-state tag ("D-Ariz.", "R-Dalton") that ends the phrase <paramref name="first"/>..<paramref name="last"/>, or -1.
    /// </summary>
    private int PartyTagBefore(int first, int last)
    {
        var tag = context.IsPunctuation(last, ".") ? last - 1 : last;
        return tag - 1 > first && context.IsPunctuation(tag - 1, ",") && IsPartyTag(context.Word(tag)) ? tag - 1 : -1;
    }

    /// <summary>The opening bracket of "(R-Ga.)" or "(D-Calif.)" that closes at <paramref name="last"/>, after at least one word of the phrase from <paramref name="first"/>; or -1.</summary>
    public int BracketedPartyTag(int first, int last)
    {
        for (var open = last - 1; open > first && open >= last - 3; open--)
        {
            if (context.IsPunctuation(open, "("))
            {
                return IsPartyTag(context.Word(open + 1)) ? open : -1;
            }
        }

        return -1;
    }

    /// <summary>"D-Ariz", "R-Neb.", "I-Vt", "D-Richland": a party letter, a hyphen and a capitalised state or home town.</summary>
    public static bool IsPartyTag(ReadOnlySpan<char> word) => Entities.Tagging.PartyTags.IsTag(word);

    /// <summary>Lower-case words that may open a title in apposition ("state Sen.", "former Gov.").</summary>
    private static readonly WordSet TitleModifiers = FrozenSet.ToFrozenSet(["state", "former", "deputy", "acting", "senior", "then", "chief", "assistant"], StringComparer.Ordinal);

    /// <summary>
    /// "Its chair, Ambassador Ruy Calda of Peru, said": an apposition that is a person's name, after at most two capitalised
    /// title words and before an affiliation "of X", names the speaker.
    /// </summary>
    private Attribution? TitledNameInApposition(int start, int end)
    {
        // "state Sen. Dwight Harlow", "former Gov. Ana Pell": a title, with a lower-case modifier; "Deputy Assistant Secretary
        // of State Marla Stennett": with the office's "of".
        var nameStart = start;
        while (nameStart < Math.Min(end, start + 6) && (context.EntityStartingAt[nameStart] < 0 || IsPartyWordAt(nameStart) || IsPlaceBeforeTitle(nameStart))
               && (char.IsUpper(context.Text[context.Tokens[nameStart].Start]) || TitleModifiers.Contains(context.Word(nameStart).ToString())
                   || (context.Is(nameStart, "of") && nameStart > start && char.IsUpper(context.Text[context.Tokens[nameStart + 1].Start]))))
        {
            nameStart++;
        }

        var entity = context.EntityStartingAt[nameStart];
        if (entity < 0 || context.Entities[entity].Type != EntityTypes.Person)
        {
            return null;
        }

        var nameEnd = nameStart;
        while (nameEnd < end && context.EntityEndingAt[nameEnd] != entity)
        {
            nameEnd++;
        }

        var affiliationOnly = nameEnd == end
            || (context.Is(nameEnd + 1, "of") && context.EntityStartingAt[nameEnd + 2] is var owner and >= 0 && context.EntityEndingAt[end] == owner);
        return context.EntityEndingAt[nameEnd] == entity && affiliationOnly ? Resolve(nameStart, nameEnd) : null;
    }

    /// <summary>"Indiana" in "Indiana Gov. Tom Rellis": a place named right before a capitalised title that no name starts at.</summary>
    private bool IsPlaceBeforeTitle(int token)
    {
        var place = context.EntityStartingAt[token];
        if (context.Entities[place].Type is not (EntityTypes.Geopolitical or EntityTypes.Nationality))
        {
            return false;
        }

        var after = context.FirstTokenAtOrAfter(context.Entities[place].Span.End);
        return after < context.Tokens.Length && context.EntityStartingAt[after] < 0 && char.IsUpper(context.Text[context.Tokens[after].Start])
               && Entities.Data.NameWords.PersonTitles.Contains(context.Word(after).ToString().ToLowerInvariant());
    }

    /// <summary>"Republican" in "Republican Todd Ralston": a party member's word before the name, which the entity layer may mark as a nationality.</summary>
    private bool IsPartyWordAt(int token)
        => context.EntityStartingAt[token] is var e and >= 0 && context.Entities[e].Type == EntityTypes.Nationality
           && context.EntityEndingAt[token] == e && DocumentMentions.IsPartyMember(context.Word(token).ToString());
}
