using System.Collections.Frozen;
using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>
/// American party tags ("Sen. X (R-Tenn.)", "Rep. Y, D-Ill.,"): which party and state they give a person, so that "the
/// Tennessee Republican" takes up X and "the Illinois Democrat" passes over him; a part of <see cref="DocumentMentions"/>'s roles.
/// </summary>
internal sealed partial class DocumentMentions
{
    /// <summary>The letters of American party tags ("R-Tenn.", "D-Ill.", "I-Vt."), by the party member's noun.</summary>
    private static readonly FrozenDictionary<string, char> PartyLetters = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["republican"] = 'R',
        ["democrat"] = 'D',
        ["independent"] = 'I',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the window holds a party tag with <paramref name="letter"/>: the letter alone, a hyphen, a capital ("(R-Tenn", ", D-Ill"), or the letter alone in brackets ("(R)").</summary>
    private static bool HasPartyTag(string window, char letter)
    {
        for (var at = window.IndexOf(letter, StringComparison.Ordinal); at >= 0 && at + 1 < window.Length; at = window.IndexOf(letter, at + 1))
        {
            if ((at == 0 || !char.IsLetter(window[at - 1])) && at + 2 < window.Length && window[at + 1] is '-' or '\u2013' && char.IsUpper(window[at + 2]))
            {
                return true;
            }

            // "State House Minority Leader Douglas Pettengill (R)": the letter alone in brackets, as state-house stories write it.
            if (at > 0 && window[at - 1] == '(' && window[at + 1] == ')')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words around <paramref name="entity"/> give the person an American party other than the one
    /// <paramref name="party"/> names ("the Illinois Democrat" is not "Sen. X (R-Tenn.)" nor "Republican Sen. X").
    /// </summary>
    public bool OfOtherParty(EntityMention entity, string party)
    {
        if (!PartyLetters.ContainsKey(party))
        {
            return false;
        }

        var window = Window(entity);
        foreach (var other in PartyLetters.Keys)
        {
            if (!other.Equals(party, StringComparison.OrdinalIgnoreCase) && ContainsOwnRole(window, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="noun"/> names a member of an American party ("Republican", "Democrat").</summary>
    public static bool IsPartyMember(string noun) => PartyLetters.ContainsKey(noun);

    /// <summary>"Tennessee" in "(R-Tenn.)", "Illinois" in ", D-Ill.,": a state's first three letters after a party tag's hyphen.</summary>
    private static bool InPartyTag(string window, string modifier)
    {
        if (modifier.Length < 4 || !char.IsUpper(modifier[0]))
        {
            return false;
        }

        for (var at = window.IndexOf(modifier.AsSpan(0, 3), StringComparison.Ordinal); at >= 0; at = window.IndexOf(modifier[..3], at + 1, StringComparison.Ordinal))
        {
            if (at >= 2 && window[at - 1] is '-' or '\u2013' && window[at - 2] is 'R' or 'D' or 'I')
            {
                return true;
            }
        }

        return false;
    }
}
