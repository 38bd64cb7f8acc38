using System.Buffers;
using NewsTrace.Text;

namespace NewsTrace.Reuse.Fingerprints;

/// <summary>
/// Hashes the words of a text after normalisation: each token of <see cref="Tokenizer"/> keeps only its letters and digits,
/// lower-cased (invariant), so "U.S." is "us", "COVID-19" is "covid19" and case, punctuation and spacing never matter.
/// Tokens with no letter or digit (punctuation, quote marks, symbols) are dropped. Nothing is allocated for ordinary tokens.
/// </summary>
public static class NormalizedTokens
{
    // Longer tokens (URLs, runs of digits) are rare; they take a pooled buffer instead of a larger stack frame.
    private const int StackTokenLength = 128;

    /// <summary>A buffer of this many hashes always holds every token of a text of <paramref name="textLength"/> characters.</summary>
    public static int MaxCount(int textLength) => textLength;

    /// <summary>
    /// Writes the 64-bit hash of each normalised token of <paramref name="text"/> into <paramref name="destination"/>, in order,
    /// and returns how many were written. <paramref name="destination"/> must hold <see cref="MaxCount"/> values.
    /// </summary>
    public static int Hash(ReadOnlySpan<char> text, Span<ulong> destination)
    {
        if (destination.Length < MaxCount(text.Length))
        {
            throw new ArgumentException($"The destination must hold {MaxCount(text.Length)} hashes.", nameof(destination));
        }

        Span<char> stackBuffer = stackalloc char[StackTokenLength];
        var count = 0;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            if (token.Kind is TokenKind.QuoteMark or TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            var source = text[token.Start..token.End];
            if (source.Length <= StackTokenLength)
            {
                var length = Normalize(source, stackBuffer);
                if (length > 0)
                {
                    destination[count++] = StableHash64.Hash(stackBuffer[..length]);
                }

                continue;
            }

            var rented = ArrayPool<char>.Shared.Rent(source.Length);
            var rentedLength = Normalize(source, rented);
            if (rentedLength > 0)
            {
                destination[count++] = StableHash64.Hash(rented.AsSpan(0, rentedLength));
            }

            ArrayPool<char>.Shared.Return(rented);
        }

        return count;
    }

    /// <summary>The hash of one word as <see cref="Hash"/> computes it, for callers that look a word up.</summary>
    public static ulong HashWord(ReadOnlySpan<char> word)
    {
        var buffer = word.Length <= StackTokenLength ? stackalloc char[StackTokenLength] : new char[word.Length];
        var length = Normalize(word, buffer);
        return StableHash64.Hash(buffer[..length]);
    }

    private static int Normalize(ReadOnlySpan<char> token, Span<char> destination)
    {
        var length = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                destination[length++] = c;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                destination[length++] = (char)(c | 0x20);
            }
            else if (c > 0x7F && char.IsLetterOrDigit(c))
            {
                destination[length++] = char.ToLowerInvariant(c);
            }
        }

        return length;
    }
}
