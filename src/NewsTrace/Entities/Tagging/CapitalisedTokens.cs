using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The indices of a document's capitalised tokens (<see cref="TokenText.IsCapitalised"/>), in order. About one token in five
/// is capitalised, and many of <see cref="CandidateMerger"/>'s passes look at no other: walking this list instead of every
/// token spares each such pass most of its scan, which cost more than its lookups. Worked out once per document and thread:
/// the passes take only the text and the tokens, and the same two (immutable) objects mean the same document.
/// </summary>
internal static class CapitalisedTokens
{
    [ThreadStatic]
    private static string? _text;

    [ThreadStatic]
    private static Token[]? _tokens;

    [ThreadStatic]
    private static int[]? _indices;

    [ThreadStatic]
    private static int _count;

    /// <summary>The capitalised tokens' indices; valid until the thread asks for another document's.</summary>
    public static ReadOnlySpan<int> Of(string text, ImmutableArray<Token> tokens)
    {
        var array = ImmutableCollectionsMarshal.AsArray(tokens);
        if (!ReferenceEquals(text, _text) || !ReferenceEquals(array, _tokens) || _indices is null)
        {
            var indices = _indices is { } kept && kept.Length >= tokens.Length ? kept : new int[Math.Max(tokens.Length, 256)];
            var count = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (TokenText.IsCapitalised(text, tokens[i]))
                {
                    indices[count++] = i;
                }
            }

            (_text, _tokens, _indices, _count) = (text, array, indices, count);
        }

        return _indices.AsSpan(0, _count);
    }
}
