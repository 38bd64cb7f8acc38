using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>The document's lines as token ranges: headlines and datelines are lines, not sentences (a splitter may cut a headline at its dash).</summary>
internal static class TokenLines
{
    /// <summary>Each line's tokens as [From, To), in text order.</summary>
    public static IEnumerable<(int From, int To)> Of(string text, ImmutableArray<Token> tokens)
    {
        var from = 0;
        for (var i = 1; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || !TokenText.OnSameLine(text, tokens[i - 1], tokens[i]))
            {
                yield return (from, i);
                from = i;
            }
        }
    }
}
