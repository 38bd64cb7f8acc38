using System.Buffers;
using System.Collections.Immutable;

namespace NewsTrace.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s: spans of the original text, so offsets stay valid and no string is allocated.
/// </summary>
/// <remarks>
/// <para>The rules, in the order they are tried at a token start:</para>
/// <list type="bullet">
/// <item>Whitespace, control and invisible format characters (zero-width space, BOM, bidi marks) separate tokens and are never part of one.</item>
/// <item><b>Url</b>: "http://", "https://" or "www." up to whitespace or a quote mark, without trailing sentence punctuation or an
/// unbalanced ")"; also a bare "name.tld" for common top-level domains ("kremlin.ru", "bbc.co.uk"). <b>Email</b>: "local@domain.tld".</item>
/// <item><b>Abbreviation</b>: dotted single letters ("U.S.", "e.g.", "a.m.", "z.B.", "т.е."), a capital initial ("J."), or a listed word
/// with its period ("Mr.", "Gen.", "Sept.", "Inc.", "etc."); "No."/"Art."/"p." only before a number.</item>
/// <item><b>Word</b>: letters, digits and combining marks, with hyphens between word characters ("Jong-un", "long-standing", "COVID-19",
/// "10-year-old"), apostrophes (' or ’) between letters ("O'Brien", "don't") and "&amp;" between capitals ("AT&amp;T"). The possessive or clitic "'s" is split off as its own
/// Word token ("Lavrov" + "’s"), so names stay clean for entity matching.</item>
/// <item><b>Number</b>: starts with a digit and has no hyphen or apostrophe: "1,000", "3.5", "1.000,5", "9/13/2023", "10:30",
/// "2023-10-19", and with a unit suffix "5th", "1990s", "3.5bn". A range is number, punctuation, number ("2024", "-", "2025").
/// "25%" is Number + Symbol; "$5" is Symbol + Number.</item>
/// <item><b>QuoteMark</b>: every quote character (" ' ` « » „ “ ” ‘ ’ ‹ › ‚ ‛ ‟ 「 」 『 』) that is not an apostrophe inside a word.
/// A trailing apostrophe ("the Joneses' house") is therefore a quote mark: it cannot be told from a closing single quote.</item>
/// <item><b>Punctuation</b>: one character, except that "..." (any run of periods), "--" (any run of hyphens) and runs of "?"/"!" are one token.</item>
/// <item><b>Symbol</b>: anything else ("$", "%", "&amp;", "+", "€", emoji with their modifiers, lone surrogates).</item>
/// </list>
/// <para>Tokens are ordered, non-empty, non-overlapping and never split a surrogate pair.</para>
/// </remarks>
public static class Tokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/> lazily, allocating nothing.</summary>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>All the tokens of <paramref name="text"/>.</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text.AsSpan());
    }

    /// <summary>All the tokens of <paramref name="text"/>, built in a pooled buffer and copied once.</summary>
    public static ImmutableArray<Token> Tokenize(ReadOnlySpan<char> text)
    {
        // News text averages about six characters per token; start there and grow when needed.
        var buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 5));
        try
        {
            var count = 0;
            var position = 0;
            while (TokenScanner.TryRead(text, ref position, out var token))
            {
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan().CopyTo(larger);
                    ArrayPool<Token>.Shared.Return(buffer);
                    buffer = larger;
                }

                buffer[count++] = token;
            }

            return ImmutableArray.Create(buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="destination"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var position = 0;
        while (TokenScanner.TryRead(text, ref position, out var token))
        {
            destination.Add(token);
        }
    }

    /// <summary>
    /// Writes tokens of <paramref name="text"/> into <paramref name="destination"/> until it is full or the text ends.
    /// Returns the number written; <paramref name="consumed"/> is where to resume with <see cref="Tokenize(ReadOnlySpan{char}, int, Span{Token}, out int)"/>.
    /// </summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> destination, out int consumed)
        => Tokenize(text, 0, destination, out consumed);

    /// <summary>
    /// Like <see cref="Tokenize(ReadOnlySpan{char}, Span{Token}, out int)"/>, starting at offset <paramref name="start"/> of the
    /// whole text. Offsets stay relative to <paramref name="text"/>, and the characters before <paramref name="start"/> still give
    /// context (for example to split "'s" after a word), so resuming gives exactly the tokens of one pass.
    /// </summary>
    public static int Tokenize(ReadOnlySpan<char> text, int start, Span<Token> destination, out int consumed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, text.Length);
        var count = 0;
        var position = start;
        while (count < destination.Length)
        {
            if (!TokenScanner.TryRead(text, ref position, out var token))
            {
                consumed = text.Length;
                return count;
            }

            destination[count++] = token;
        }

        consumed = position;
        return count;
    }
}
