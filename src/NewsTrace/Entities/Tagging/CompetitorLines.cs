using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Ranked results as agencies print them: "1. Luc Moreau ( France ) 1:57.38", "Tim Henman ( Britain ) beat Ivo Karlovic (
/// Croatia ) 6-4 6-3", "2. Mario Rossi ( Italy ) Saeco 4:31:02". A name of unknown words gives the tagger little, but the
/// country in brackets after it and the figures on the line say it is a competitor; a capitalised word between the
/// bracketed country and the figures, on a line that opens with a rank, is the competitor's team. Only lines with a
/// figure after the country change, and known places, clubs and companies keep their reading, so running text ("Shares in
/// Vantor Holdings ( Sweden ) rose ...") is left alone.
/// </summary>
internal static class CompetitorLines
{
    private const int MaxCountryWords = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        foreach (var (from, to) in TokenLines.Of(text, tokens))
        {
            var ranked = from < to && SportsLineTokens.IsFigure(text, tokens[from]);
            for (var open = from + 1; open < to; open++)
            {
                if (TokenText.Of(text, tokens[open]) is not "(" || CloseOfCountry(text, tokens, open, to) is not (>= 0 and var close) || !FigureFollows(text, tokens, close, to))
                {
                    continue;
                }

                var first = SportsLineTokens.NameStart(text, tokens, open - 1, from);
                if (first >= 0 && !SportsLineTokens.IsKnownNonPerson(text, tokens, first, open - 1) && !SportsLineTokens.IsCountry(text, tokens, first, open - 1))
                {
                    SportsLineTokens.Retype(merged, first, open - 1, EntityTypes.Person);
                }

                var teamLast = SportsLineTokens.NameEnd(text, tokens, close + 1, to);
                if (ranked && teamLast >= 0 && teamLast + 1 < to && !SportsLineTokens.IsCountry(text, tokens, close + 1, teamLast)
                    && IsResultAfterTeam(text, tokens[teamLast + 1]))
                {
                    SportsLineTokens.Retype(merged, close + 1, teamLast, EntityTypes.Organization);
                }

                open = close;
            }
        }
    }

    /// <summary>The ")" closing a bracketed country opened at <paramref name="open"/>, or -1.</summary>
    private static int CloseOfCountry(string text, ImmutableArray<Token> tokens, int open, int to)
    {
        for (var close = open + 2; close < to && close - open <= MaxCountryWords + 1; close++)
        {
            if (TokenText.Of(text, tokens[close]) is ")")
            {
                return SportsLineTokens.IsCountry(text, tokens, open + 1, close - 1) ? close : -1;
            }
        }

        return -1;
    }

    /// <summary>A figure on the line after the country (a time, a score, points) or "same time".</summary>
    private static bool FigureFollows(string text, ImmutableArray<Token> tokens, int close, int to)
    {
        for (var i = close + 1; i < to; i++)
        {
            if (IsResultAfterTeam(text, tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>After a team: its time or points, or "same time".</summary>
    private static bool IsResultAfterTeam(string text, Token next)
        => SportsLineTokens.IsFigure(text, next) || TokenText.Is(text, next, "same");
}
