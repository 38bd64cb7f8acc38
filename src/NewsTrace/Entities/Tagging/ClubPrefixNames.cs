using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Real Zaragoza", "Torpedo Yaroslavl beat Metallurg Magnitogorsk", "Borussia Dortmund": a club word
/// (<see cref="SportsTeams.ClubPrefixes"/>) and a capitalised word after it name a club, which the tagger, seeing a first
/// name and a surname or a word and a town, reads as a person or a place. A name opening with the club word becomes the
/// club; where only the town was found, the club word before it is taken in. A club word alone is left as it is ("Real"
/// opening a sentence is an adjective).
/// </summary>
internal static class ClubPrefixNames
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = SportsTeams.ClubPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var before = name.FirstToken - 1;
            if (name.LastToken > name.FirstToken && IsClubWord(text, tokens, name.FirstToken, name.FirstToken + 1))
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
            else if (before >= 0 && IsClubWord(text, tokens, before, name.FirstToken) && MergedNames.At(merged, before) is null
                     && name.Type != EntityTypes.Nationality)
            {
                merged[k] = new NameCandidate(before, name.LastToken, EntityTypes.Organization, null, NameEvidence.Strong);
            }
        }
    }

    private static bool IsClubWord(string text, ImmutableArray<Token> tokens, int i, int next)
        => PrefixLookup.Contains(TokenText.Of(text, tokens[i])) && TokenText.IsCapitalised(text, tokens[next])
           && tokens[next].Start - tokens[i].End == 1 && TokenText.OnSameLine(text, tokens[i], tokens[next]);
}
