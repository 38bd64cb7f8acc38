using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The document's lines as token ranges: headlines and datelines are lines, not sentences (a splitter may cut a headline at its dash).
/// Five passes walk the lines, and finding them reads the text between every pair of tokens; they are found once per
/// document and thread, as <see cref="CapitalisedTokens"/> are (the same text and token objects mean the same document).
/// </summary>
internal static class TokenLines
{
    [ThreadStatic]
    private static string? _text;

    [ThreadStatic]
    private static Token[]? _tokens;

    [ThreadStatic]
    private static (int From, int To)[]? _lines;

    [ThreadStatic]
    private static int _count;

    /// <summary>Each line's tokens as [From, To), in text order; valid until the thread asks for another document's.</summary>
    public static ReadOnlySpan<(int From, int To)> Of(string text, ImmutableArray<Token> tokens)
    {
        var array = ImmutableCollectionsMarshal.AsArray(tokens);
        if (!ReferenceEquals(text, _text) || !ReferenceEquals(array, _tokens) || _lines is null)
        {
            // A document has at most one line per token.
            var lines = _lines is { } kept && kept.Length >= tokens.Length ? kept : new (int, int)[Math.Max(tokens.Length, 64)];
            var count = 0;
            var from = 0;
            for (var i = 1; i <= tokens.Length; i++)
            {
                if (i == tokens.Length || !TokenText.OnSameLine(text, tokens[i - 1], tokens[i]))
                {
                    lines[count++] = (from, i);
                    from = i;
                }
            }

            (_text, _tokens, _lines, _count) = (text, array, lines, count);
        }

        return _lines.AsSpan(0, _count);
    }
}
