using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A press digest ("PRESS DIGEST - BULGARIA - NOV 27") lists each newspaper's name on a line of its own in capitals ("TRUD",
/// "24 CHASA", "KENYA TIMES"), its stories after it on lines opening with a dash. Such a line is the newspaper, an
/// organisation, whatever its words would otherwise be ("KENYA" is a country, "STANDART" nothing); the shouted-line pass,
/// which keeps only known names on lines in capitals, ran before.
/// </summary>
internal static class PressDigestTitles
{
    /// <summary>The longest newspaper name read ("EAST AFRICAN STANDARD", "THE FINANCIAL EXPRESS").</summary>
    private const int MaxTitleWords = 5;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        if (!text.Contains("PRESS DIGEST", StringComparison.Ordinal) && !text.Contains("Press Digest", StringComparison.Ordinal))
        {
            return;
        }

        var lines = TokenLines.Of(text, tokens);
        for (var l = 1; l + 1 < lines.Length; l++)
        {
            var (from, to) = lines[l];
            var next = lines[l + 1].From;
            if (to - from > MaxTitleWords || !TokenText.Is(text, tokens[next], "-") || !InCapitals(text, tokens, from, to))
            {
                continue;
            }

            merged.RemoveAll(name => name.FirstToken < to && name.LastToken >= from);
            merged.Add(new NameCandidate(from, to - 1, EntityTypes.Organization, null, NameEvidence.Likely));
        }
    }

    /// <summary>Whether every token from <paramref name="from"/> to <paramref name="to"/> is a word in capitals or a number, one at least a word.</summary>
    private static bool InCapitals(string text, ImmutableArray<Token> tokens, int from, int to)
    {
        var word = false;
        for (var k = from; k < to; k++)
        {
            var token = TokenText.Of(text, tokens[k]);
            if (tokens[k].Kind == TokenKind.Number)
            {
                continue;
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            foreach (var c in token)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            word = true;
        }

        return word;
    }
}
