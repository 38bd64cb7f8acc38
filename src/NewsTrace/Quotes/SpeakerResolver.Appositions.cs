using System.Collections.Frozen;
using NewsTrace.Documents;
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
            // "The Southern Climate Justice Forum, a coalition of groups from Africa, Asia and Latin America, said": an
            // organisation that an indefinite description follows speaks, whatever list the description holds.
            var entity = context.EntityEndingAt[k - 1];
            var describedBody = entity >= 0 && context.Entities[entity].Type == EntityTypes.Organization && k + 1 < last && context.Word(k + 1) is "a" or "an";
            if (entity < 0 || (context.Entities[entity].Type != EntityTypes.Person && !describedBody) || context.Entities[entity].Span.Start < context.Tokens[first].Start)
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

    /// <summary>
    /// A subject ending in a comma, an apposition's: "Velichko, Marovia's foreign minister, said" names the speaker before the
    /// apposition; "Its spokeswoman, Ana Sefer, said" names her inside it. An apposition that is exactly one name wins.
    /// </summary>
    private Attribution? ResolveApposition(int first, int last)
    {
        if (OpeningName(first, last) is { } opening)
        {
            return opening;
        }

        var comma = last - 1;
        while (comma > first && !context.IsPunctuation(comma, ","))
        {
            comma--;
        }

        if (IsPartyTag(context.Word(comma + 1)))
        {
            return comma > first ? Resolve(first, comma - 1) : null;
        }

        var inside = context.EntityStartingAt[comma + 1];

        // "One of the organizers, student Jonas Keller, said": a lower-case role word before the apposition's name.
        // "Several senators, including Roger Mulvane, said": a preposition there is no role; the group speaks.
        if (inside < 0 && comma + 2 < last && char.IsLower(context.Word(comma + 1)[0]) && context.Word(comma + 1) is not ("including" or "among" or "like" or "especially" or "notably")
            && context.EntityStartingAt[comma + 2] is var named and >= 0
            && context.EntityEndingAt[last - 1] == named && context.Entities[named].Type == EntityTypes.Person)
        {
            return Resolve(comma + 2, last - 1);
        }
        // "The committee's chairperson, the ANC's Sibusiso Ngcobo, said": a person named in apposition after a party's or
        // country's possessive is the speaker, not the description before.
        if (comma > first && context.NameStartEndingAt(last - 1) is var personStart and > 0 && context.EntityEndingAt[last - 1] is var ownedPerson and >= 0
            && context.Entities[ownedPerson].Type == EntityTypes.Person && personStart - 1 > comma + 1 && context.Word(personStart - 1) is "'s" or "\u2019s"
            && context.NameStartEndingAt(personStart - 2) is var ownerStart and > 0 && (ownerStart == comma + 1 || (ownerStart == comma + 2 && context.Is(comma + 1, "the"))))
        {
            return Resolve(personStart, last - 1);
        }

        // "A conservative group, the Constitutional Heritage Alliance, said": the body named after "the" in apposition speaks.
        if (inside < 0 && comma > first && comma + 2 < last && context.Is(comma + 1, "the") && context.EntityStartingAt[comma + 2] is var body and >= 0
            && context.EntityEndingAt[last - 1] == body && context.Entities[body].Type == EntityTypes.Organization && context.EntityEndingAt[comma - 1] < 0)
        {
            return Resolve(comma + 2, last - 1);
        }

        if (inside >= 0 && context.EntityEndingAt[last - 1] == inside && (context.Entities[inside].Type == EntityTypes.Person
            || (context.Entities[inside].Type == EntityTypes.Organization && comma > first && context.EntityEndingAt[comma - 1] < 0)))
        {
            // "The network's operator, Greystone Transit Group, said": an organisation named after a description speaks too.
            return Resolve(comma + 1, last - 1);
        }

        // "The company, Crosswind Energy Partners of Omaha, says": the organisation's home place after "of" does not speak.
        if (inside >= 0 && context.Entities[inside].Type == EntityTypes.Organization && comma > first && context.EntityEndingAt[comma - 1] < 0
            && context.FirstTokenAtOrAfter(context.Entities[inside].Span.End) is var homeOf && homeOf + 1 < last && context.Is(homeOf, "of")
            && context.EntityStartingAt[homeOf + 1] is var home and >= 0 && context.EntityEndingAt[last - 1] == home
            && context.Entities[home].Type is EntityTypes.Geopolitical or EntityTypes.Location)
        {
            return Resolve(comma + 1, homeOf - 1);
        }

        if (comma > first && TitledNameInApposition(comma + 1, last - 1) is { } titled)
        {
            return titled;
        }

        // "The main terminal operator, Terminal Rocas Negras, said": capitalised words the entity layer left unmarked,
        // in apposition to a body's noun, are the body's name.
        if (inside < 0 && comma > first && IsBodyNoun(context.Word(comma - 1)) && CapitalisedRun(comma + 1, last - 1))
        {
            var bodyName = new TextSpan(context.Tokens[comma + 1].Start, context.Tokens[last - 1].End);
            return new Attribution(bodyName.Of(context.Text), bodyName, null, null, null);
        }

        return comma > first ? Resolve(first, comma - 1) : null;
    }
}
