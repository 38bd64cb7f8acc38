using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Somerset 201-7 ( 40 overs ; ... )", "Durham 158 ( 37 overs )": a name followed by a score and the overs it was made in
/// is a batting side. A county's or a club's side is a team, whatever the tagger made of a county's name or left unread
/// ("Nottinghamshire 174-9"); a country's side stays a place, as CoNLL-2003 and the held-out sets mark national sides.
/// </summary>
internal static class CricketInnings
{
    /// <summary>Longest side's name, in words ("Marylebone Cricket Club").</summary>
    private const int MaxNameWords = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 3; k < tokens.Length; k++)
        {
            if (!TokenText.Is(text, tokens[k], "overs") || !SportsLineTokens.IsFigure(text, tokens[k - 1]) || !TokenText.Is(text, tokens[k - 2], "("))
            {
                continue;
            }

            // The score: "201-7" as one token or three, or "158".
            var scoreStart = k - 3;
            if (scoreStart < 1 || !SportsLineTokens.IsFigure(text, tokens[scoreStart]))
            {
                continue;
            }

            if (scoreStart >= 2 && TokenText.Is(text, tokens[scoreStart - 1], "-") && SportsLineTokens.IsFigure(text, tokens[scoreStart - 2]))
            {
                scoreStart -= 2;
            }

            var last = scoreStart - 1;
            var first = NameStart(text, tokens, merged, last);
            if (first < 0 || !TokenText.OnSameLine(text, tokens[first], tokens[k]) || SportsTeams.IsNationalSide(TokenText.Join(text, tokens, first, last)))
            {
                continue;
            }

            SportsLineTokens.Retype(merged, first, last, EntityTypes.Organization);
        }
    }

    /// <summary>The first token of the name found ending at <paramref name="last"/>, or of the capitalised words there; -1 when none.</summary>
    private static int NameStart(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int last)
    {
        foreach (var name in merged)
        {
            if (name.LastToken == last)
            {
                return name.Type is EntityTypes.Person or EntityTypes.Nationality ? -1 : name.FirstToken;
            }
        }

        var first = last;
        while (first >= 0 && last - first < MaxNameWords && tokens[first].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[first]))
        {
            first--;
        }

        return first == last ? -1 : first + 1;
    }
}
