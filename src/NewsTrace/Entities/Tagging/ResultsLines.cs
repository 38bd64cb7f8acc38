using System.Buffers;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Lines of sports results and standings, as agencies print them under a results headline: "Arsenal 2 Coventry 0" (two
/// sides, each followed by its score) or "Aston Villa 10 6 3 1 20 8 21" (one side followed by three or more numbers). The
/// sides are teams (standings may end in a win percentage and games behind: "NEW YORK 72 52 .581 -"), so clubs named after their city ("Barcelona 2 Valencia 1") are organisations, not the city the gazetteer
/// knows; a side the gazetteer knows as a country is a national team, which newswire labelling keeps as the country; a
/// side that opens with a known first name is a player (golf and tennis tables) and keeps the person reading. A side's score
/// may be followed by its scorers or a note in brackets ("Blackburn 2 ( Sutton 12 ) Leeds 1", "Texas 6 Seattle 5 ( 10
/// innings )"), a club named with its founding year ("1860 Munich"), and a club by its country in brackets ("Inter Milan ( Italy ) 5 Boavista ( Portugal ) 1"). Nothing on a
/// line (or part of a line between a colon or semicolons, where results run on) that is not wholly of this shape changes,
/// so running text is never affected.
/// </summary>
internal static class ResultsLines
{
    /// <summary>Scores and table figures have at most three digits; a four-digit number is a year (a dateline).</summary>
    private const int MaxDigits = 3;

    private static readonly SearchValues<char> TableFigureChars = SearchValues.Create("0123456789./-");

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var from = 0;
        for (var i = 1; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || !TokenText.OnSameLine(text, tokens[i - 1], tokens[i]))
            {
                Retype(text, tokens, from, i, merged);
                from = i;
            }
            else if (TokenText.Of(text, tokens[i]) is ";" or ":")
            {
                // "Other results : Western Province 27 Free State 22 ( in Cape Town ) ; Boland 18 ...": results run on in one
                // line, a colon opening them and semicolons between them.
                Retype(text, tokens, from, i, merged);
                from = i + 1;
            }
        }
    }

    private static void Retype(string text, ImmutableArray<Token> tokens, int from, int to, List<NameCandidate> merged)
    {
        // At most two sides matter: a line with more is neither shape. Locals, not a list: this runs for every line.
        Span<(int First, int Last)> sides = stackalloc (int, int)[2];
        var sideCount = 0;
        var numbersAfterLast = 0;
        var i = from;
        while (i < to)
        {
            // "Borussia Dortmund 1 1860 Munich 1": a club's founding year may open its name; a score has at most three digits.
            var year = tokens[i].Kind == TokenKind.Number && tokens[i].Length == MaxDigits + 1 && i + 1 < to && TokenText.IsCapitalised(text, tokens[i + 1]);
            if (!TokenText.IsCapitalised(text, tokens[i]) && !year)
            {
                // "Groningen 0 Feyenoord 2 ( ... ) . Half-time 0-1 . Attendance 12,000 .": notes after the result's full stop.
                if (sideCount == sides.Length && TokenText.Of(text, tokens[i]) is ".")
                {
                    break;
                }

                return;
            }

            var first = i;
            if (year)
            {
                i++;
            }

            while (i < to && (TokenText.IsCapitalised(text, tokens[i]) || IsParticleInside(text, tokens, i, to)))
            {
                i++;
            }

            // "Inter Milan ( Italy ) 5 Boavista ( Portugal ) 1": a club's country in brackets between it and its score.
            // "Schalke 04 ( Germany ) 1": a number in the club's name stands before its country.
            if (i + 1 < to && i > first && tokens[i].Kind == TokenKind.Number && AfterBracketedCountry(text, tokens, i + 1, to) > i + 1)
            {
                i++;
            }

            var sideLast = i - 1;
            i = AfterBracketedCountry(text, tokens, i, to);

            var numbers = 0;
            while (i < to && (IsScore(text, tokens[i]) || (numbers >= 2 && IsTableFigure(text, tokens[i]))))
            {
                i++;
                numbers++;
            }

            if (numbers == 0 || sideCount == sides.Length)
            {
                return;
            }

            // "Blackburn 2 ( Sutton 12 , Gallacher 55 ) Leeds 1", "Texas 6 Seattle 5 ( 10 innings )": scorers or a note in brackets.
            if (i < to && TokenText.Of(text, tokens[i]) is "(")
            {
                var close = i + 1;
                while (close < to && TokenText.Of(text, tokens[close]) is not (")" or "("))
                {
                    close++;
                }

                if (close == to || TokenText.Of(text, tokens[close]) is "(")
                {
                    return;
                }

                sides[sideCount++] = (first, sideLast);
                numbersAfterLast = numbers;
                i = close + 1;
                continue;
            }

            sides[sideCount++] = (first, sideLast);
            numbersAfterLast = numbers;
        }

        var isResult = sideCount == 2 && numbersAfterLast == 1;
        var isStanding = sideCount == 1 && numbersAfterLast >= 3;
        if (!isResult && !isStanding)
        {
            return;
        }

        foreach (var (first, last) in sides[..sideCount])
        {
            // A player's line in a golf or tennis table; a club named after a man ("Vasco da Gama 1 Bangu 0") is not one.
            if (last > first && FirstNames.Contains(TokenText.Of(text, tokens[first])) && (isStanding || AllPlayers(text, tokens, sides[..sideCount])))
            {
                continue;
            }

            var surface = TokenText.Join(text, tokens, first, last);
            // "Austria 0 Scotland 0": a home nation is a national side as a country is.
            var country = Countries.Aliases.TryGetValue(surface, out var canonical) || SportsTeams.IsNationalSide(surface);
            merged.RemoveAll(name => name.FirstToken <= last && name.LastToken >= first);
            merged.Add(new NameCandidate(first, last, country ? EntityTypes.Geopolitical : EntityTypes.Organization, country ? canonical : null, NameEvidence.Strong));
        }
    }

    /// <summary>The most words a bracketed country after a side may hold ("( South Korea )", "( Czech Republic )").</summary>
    private const int MaxCountryWords = 3;

    /// <summary>The token after "( Country )" at <paramref name="i"/>, when the bracket holds a country the word lists know; else <paramref name="i"/>.</summary>
    private static int AfterBracketedCountry(string text, ImmutableArray<Token> tokens, int i, int to)
    {
        if (i >= to || TokenText.Of(text, tokens[i]) is not "(")
        {
            return i;
        }

        var close = i + 1;
        while (close < to && close - i <= MaxCountryWords && TokenText.IsCapitalised(text, tokens[close]))
        {
            close++;
        }

        return close < to && close > i + 1 && TokenText.Of(text, tokens[close]) is ")" && SportsTeams.IsNationalSide(TokenText.Join(text, tokens, i + 1, close - 1))
            ? close + 1
            : i;
    }

    /// <summary>Both sides of a result open with a known given name: two players, not two clubs.</summary>
    private static bool AllPlayers(string text, ImmutableArray<Token> tokens, ReadOnlySpan<(int First, int Last)> sides)
    {
        foreach (var (first, last) in sides)
        {
            if (last == first || !FirstNames.Contains(TokenText.Of(text, tokens[first])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "da" in "Vasco da Gama", "de" in "Sporting de Gijon": a lower-case particle between two capitalised words of a side;
    /// also "of the" ("Queen of the South") and a possessive ("Queen 's Park", "Connah 's Quay Nomads").
    /// </summary>
    private static bool IsParticleInside(string text, ImmutableArray<Token> tokens, int i, int to)
    {
        if (i < 1 || i + 1 >= to)
        {
            return false;
        }

        var word = TokenText.Of(text, tokens[i]);

        // "Queen of the South": "the" after "of" inside the name.
        if (word is "the" && i >= 2 && TokenText.Of(text, tokens[i - 1]) is "of" && TokenText.IsCapitalised(text, tokens[i - 2]))
        {
            return TokenText.IsCapitalised(text, tokens[i + 1]);
        }

        if (!TokenText.IsCapitalised(text, tokens[i - 1]))
        {
            return false;
        }

        if (word is "'s" or "\u2019s")
        {
            return TokenText.IsCapitalised(text, tokens[i + 1]);
        }

        if (word is "of" && i + 2 < to && TokenText.Of(text, tokens[i + 1]) is "the" && TokenText.IsCapitalised(text, tokens[i + 2]))
        {
            return true;
        }

        return TokenText.IsCapitalised(text, tokens[i + 1]) && tokens[i].Kind == TokenKind.Word && NameWords.Connectors.Contains(word);
    }

    /// <summary>After two scores, a standings table's other columns: win percentage ".581", games behind "-" or "14 1/2".</summary>
    private static bool IsTableFigure(string text, Token token)
        => token.Length <= MaxDigits + 3 && TokenText.Of(text, token).IndexOfAnyExcept(TableFigureChars) < 0;

    private static bool IsScore(string text, Token token)
        => token.Kind == TokenKind.Number && token.Length <= MaxDigits && TokenText.Of(text, token).IndexOfAnyExceptInRange('0', '9') < 0;
}
