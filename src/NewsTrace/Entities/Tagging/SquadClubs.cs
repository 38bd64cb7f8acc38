using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Squad lists as wire sport prints them: "Goalkeepers : Tommy Wright ( Nottingham Forest ) , Alan Fettis ( Hull City )".
/// The name in brackets after each player is the player's club, which the tagger reads as the town it is named after
/// ("Hull City", "Luton Town", "Southampton") or passes over ("Reading"). On a line that opens with a squad position and a
/// colon, every bracketed name after a player is an organisation, unless it is a country (a national side, which newswire
/// labels as the country, as in "Name ( Country )" results).
/// </summary>
internal static class SquadClubs
{
    private const int MaxClubWords = 4;

    /// <summary>Squad positions that head a line of players ("Goalkeepers :", "Forwards :"), in the plural, as squads are listed.</summary>
    private static readonly WordSet Positions = FrozenSet.ToFrozenSet(
        ["Goalkeepers", "Defenders", "Midfielders", "Forwards", "Strikers", "Backs", "Props", "Hookers", "Locks", "Halfbacks",
            "Wingers", "Centres", "Centers", "Squad", "Reserves", "Substitutes", "Batsmen", "Bowlers", "Pitchers", "Catchers", "Infielders",
            "Outfielders", "Guards"],
        StringComparer.OrdinalIgnoreCase);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        foreach (var (from, to) in TokenLines.Of(text, tokens))
        {
            if (to - from < 5 || !Positions.Contains(TokenText.Of(text, tokens[from])) || TokenText.Of(text, tokens[from + 1]) is not ":")
            {
                continue;
            }

            for (var open = from + 2; open + 2 < to; open++)
            {
                if (TokenText.Of(text, tokens[open]) is not "(" || MergedNames.At(merged, open - 1) is not { Type: EntityTypes.Person })
                {
                    continue;
                }

                var close = open + 1;
                while (close < to && close - open <= MaxClubWords && TokenText.Of(text, tokens[close]) is not ")")
                {
                    close++;
                }

                if (close >= to || TokenText.Of(text, tokens[close]) is not ")" || close == open + 1 || !TokenText.IsCapitalised(text, tokens[open + 1])
                    || SportsLineTokens.IsCountry(text, tokens, open + 1, close - 1))
                {
                    continue;
                }

                SportsLineTokens.Retype(merged, open + 1, close - 1, EntityTypes.Organization);
                open = close;
            }
        }
    }
}
