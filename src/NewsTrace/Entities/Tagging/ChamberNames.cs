using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "what the House passed", "a vote in the Commons": a chamber named by one word after "the" is a body; the tagger, seeing
/// a capital in a sentence about people, reads "House" as a surname. So is "House" before a noun of the chamber's members
/// or business ("House leaders", "House members", "the House vote"), and the chamber before "Minority Leader" ("State
/// House Minority Leader X").
/// </summary>
internal static class ChamberNames
{
    private static readonly WordSet ChamberNouns = FrozenSet.ToFrozenSet(
    [
        "leaders", "leadership", "members", "lawmakers", "aides", "staff", "staffers", "negotiators", "appropriators", "colleagues",
        "counterparts", "vote", "votes", "floor", "bill", "bills", "version", "passage", "committee", "committees", "panel",
        "majority", "minority", "rules", "seat", "seats", "race", "races", "chamber", "caucus", "hearing", "investigators",
    ], StringComparer.Ordinal);

    /// <summary>How many capitalised words an officer's name after the title may hold.</summary>
    private const int MaxOfficerNameWords = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.FirstToken == name.LastToken && name.Canonical is null
                && TokenText.Of(text, tokens[name.FirstToken]) is "House" or "Commons"
                && ((name.FirstToken > 0 && TokenText.Is(text, tokens[name.FirstToken - 1], "the"))
                    || (name.FirstToken + 1 < tokens.Length && ChamberNouns.Contains(TokenText.Of(text, tokens[name.FirstToken + 1])))))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
            }
            else if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && name.LastToken + 1 < tokens.Length
                     && TokenText.Of(text, tokens[name.LastToken]) is "Minority" or "Majority" && TokenText.Of(text, tokens[name.LastToken + 1]) is "Leader" or "Whip")
            {
                // "State House Minority Leader X": the chamber before its officer's title, which the tagger read as a name;
                // the officer's name after the title is a person where nothing else claimed it.
                merged[k] = name with { LastToken = name.LastToken - 1, Type = EntityTypes.Organization, Canonical = null };
                var first = name.LastToken + 2;
                var last = first - 1;
                while (last + 1 < tokens.Length && last + 1 - first < MaxOfficerNameWords && TokenText.IsCapitalised(text, tokens[last + 1])
                       && tokens[last + 1].Kind == TokenKind.Word && TokenText.OnSameLine(text, tokens[last], tokens[last + 1]) && MergedNames.At(merged, last + 1) is null)
                {
                    last++;
                }

                if (last > first)
                {
                    merged.Add(new NameCandidate(first, last, EntityTypes.Person, null, NameEvidence.Likely));
                }
            }
        }
    }
}
