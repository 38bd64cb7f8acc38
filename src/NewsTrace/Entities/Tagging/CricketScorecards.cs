using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Batting lines of a cricket scorecard: "G. Kirsten c Healy b Warne 44", "A. Hudson lbw b Gillespie 12",
/// "D. Cullinan run out 7". A line made only of names, the dismissal words and the runs at its end names the batsman, the
/// fielder and the bowler, all people, whatever the tagger made of a bare surname. Lines of any other shape ("Extras ( lb-4
/// nb-2 ) 6", "Total ( for 6 wickets ) 250") are left alone.
/// </summary>
internal static class CricketScorecards
{
    private static readonly WordSet DismissalWords = FrozenSet.ToFrozenSet(
        ["c", "b", "lbw", "st", "run", "out", "not", "retired", "hurt", "hit", "wicket", "handled", "ball", "obstructing", "the", "field", "&", "c&b", "sub", "(", ")"],
        StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        Span<(int First, int Last)> names = stackalloc (int, int)[4];
        foreach (var (from, to) in TokenLines.Of(text, tokens))
        {
            if (to - from < 3 || !SportsLineTokens.IsFigure(text, tokens[to - 1]) || !IsBattingLine(text, tokens, from, to - 1, names, out var count))
            {
                continue;
            }

            foreach (var (first, last) in names[..count])
            {
                // "c Croft b Cork": the fielder and the bowler are people even where the name is also a town's.
                var fielderOrBowler = first > from && TokenText.Of(text, tokens[first - 1]) is "c" or "b" or "st";
                if (fielderOrBowler ? !SportsLineTokens.HoldsBodyWord(text, tokens, first, last) : !SportsLineTokens.IsKnownNonPerson(text, tokens, first, last))
                {
                    SportsLineTokens.Retype(merged, first, last, EntityTypes.Person);
                }
            }
        }
    }

    /// <summary>Names and dismissal words only, opening with a name and with a dismissal between names; the names found.</summary>
    private static bool IsBattingLine(string text, ImmutableArray<Token> tokens, int from, int end, Span<(int First, int Last)> names, out int count)
    {
        count = 0;
        var dismissal = false;
        var i = from;
        while (i < end)
        {
            var last = SportsLineTokens.NameEnd(text, tokens, i, end);
            if (last >= 0)
            {
                if (count == names.Length)
                {
                    return false;
                }

                names[count++] = (i, last);
                i = last + 1;
                continue;
            }

            if (i == from || !DismissalWords.Contains(TokenText.Of(text, tokens[i])))
            {
                return false;
            }

            dismissal |= TokenText.Of(text, tokens[i]) is "c" or "b" or "lbw" or "st" or "out" or "c&b";
            i++;
        }

        return dismissal && count >= 1;
    }
}
