using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Cricket and rugby scores as agencies print a day's matches: "At Derby : Derbyshire 331 ( K. Barnett 112 ) and 45 for one
/// v Durham 287". The sides are teams named after their county or town, which the tagger reads as places. On a line that
/// opens with "At", the venue and a colon, the name after the colon and the name after "v" are organisations when each is
/// followed by a score (or, for the side yet to bat, ends the line), unless it is a country (a national side, which newswire
/// labelling keeps as the country). The venue stays a place.
/// </summary>
internal static class VersusLines
{
    private const int MaxVenueWords = 4;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        foreach (var (from, to) in TokenLines.Of(text, tokens))
        {
            if (to - from < 6 || TokenText.Of(text, tokens[from]) is not "At")
            {
                continue;
            }

            var colon = from + 1;
            while (colon < to && colon - from <= MaxVenueWords + 1 && TokenText.Of(text, tokens[colon]) is not ":")
            {
                colon++;
            }

            if (colon >= to || colon == from + 1 || TokenText.Of(text, tokens[colon]) is not ":")
            {
                continue;
            }

            var versus = colon + 1;
            while (versus < to && TokenText.Of(text, tokens[versus]) is not "v")
            {
                versus++;
            }

            if (versus >= to)
            {
                continue;
            }

            var firstLast = SportsLineTokens.NameEnd(text, tokens, colon + 1, versus);
            var secondLast = SportsLineTokens.NameEnd(text, tokens, versus + 1, to);
            if (firstLast < 0 || secondLast < 0 || !ScoreOrEndAfter(text, tokens, firstLast, to, false) || !ScoreOrEndAfter(text, tokens, secondLast, to, true))
            {
                continue;
            }

            RetypeSide(text, tokens, colon + 1, firstLast, merged);
            RetypeSide(text, tokens, versus + 1, secondLast, merged);
        }
    }

    /// <summary>Whether a score follows the side ending at <paramref name="last"/>, or (for the side after "v") the line ends with it or a full stop.</summary>
    private static bool ScoreOrEndAfter(string text, ImmutableArray<Token> tokens, int last, int to, bool mayEnd)
        => last + 1 < to
            ? SportsLineTokens.IsFigure(text, tokens[last + 1]) || (mayEnd && last + 2 == to && TokenText.Of(text, tokens[last + 1]) is ".")
            : mayEnd;

    private static void RetypeSide(string text, ImmutableArray<Token> tokens, int first, int last, List<NameCandidate> merged)
    {
        if (!SportsLineTokens.IsCountry(text, tokens, first, last))
        {
            SportsLineTokens.Retype(merged, first, last, EntityTypes.Organization);
        }
    }
}
