using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Ranked results as agencies print them: "1. Luc Moreau ( France ) 1:57.38", "Tim Henman ( Britain ) beat Ivo Karlovic (
/// Croatia ) 6-4 6-3", "2. Mario Rossi ( Italy ) Saeco 4:31:02". A name of unknown words gives the tagger little, but the
/// country in brackets after it and the figures on the line say it is a competitor; a capitalised word between the
/// bracketed country and the figures, on a line that opens with a rank, is the competitor's team. Only lines with a
/// figure after the country change, and known places, clubs and companies keep their reading, so running text ("Shares in
/// Vantor Holdings ( Sweden ) rose ...") is left alone. Golf leaderboards list players after their scores ("66 Greg Norman ,
/// Wayne Grady"): on a line of nothing else, each is a person.
/// </summary>
internal static class CompetitorLines
{
    private const int MaxCountryWords = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        foreach (var (from, to) in TokenLines.Of(text, tokens))
        {
            RetypeLeaderboard(text, tokens, from, to, merged);
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

    /// <summary>
    /// "66 Greg Norman , Wayne Grady", "Also : 70 Baker-Finch , Davis", "67 Nick Faldo ( Britain )": scores, then players
    /// separated by commas, each perhaps with a bracketed country, and nothing else; every player is a person.
    /// </summary>
    private static void RetypeLeaderboard(string text, ImmutableArray<Token> tokens, int from, int to, List<NameCandidate> merged)
    {
        var i = from;
        if (i + 1 < to && TokenText.IsCapitalised(text, tokens[i]) && TokenText.Of(text, tokens[i + 1]) is ":")
        {
            i += 2;
        }

        var scores = 0;
        while (i < to && SportsLineTokens.IsFigure(text, tokens[i]))
        {
            i++;
            scores++;
        }

        if (scores == 0 || i == to)
        {
            return;
        }

        Span<(int First, int Last)> players = stackalloc (int, int)[8];
        var count = 0;
        while (i < to)
        {
            var last = SportsLineTokens.NameEnd(text, tokens, i, to);
            if (last < 0 || count == players.Length)
            {
                return;
            }

            players[count++] = (i, last);
            i = last + 1;
            if (i < to && TokenText.Of(text, tokens[i]) is "(")
            {
                var close = CloseOfCountry(text, tokens, i, to);
                if (close < 0)
                {
                    return;
                }

                i = close + 1;
            }

            if (i < to && TokenText.Of(text, tokens[i]) is not ",")
            {
                return;
            }

            i++;
        }

        // "1 Introduction", "2.3 Methods": a numbered heading is one word after a section number.
        if (count == 1 && players[0].First == players[0].Last)
        {
            return;
        }

        foreach (var (first, last) in players[..count])
        {
            if (!SportsLineTokens.IsKnownNonPerson(text, tokens, first, last) && !SportsLineTokens.IsCountry(text, tokens, first, last))
            {
                SportsLineTokens.Retype(merged, first, last, EntityTypes.Person);
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
