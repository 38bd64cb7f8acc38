using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsTrace.Reuse.Fingerprints;

/// <summary>
/// Word n-grams ("shingles") over normalised token hashes, each hashed to 64 bits. Wide shingles (5 words) find near-copies;
/// narrow ones (2 or 3 words) still overlap when a text has been reworded. Nothing is allocated: the caller gives the buffers.
/// </summary>
public static class Shingles
{
    /// <summary>The widest shingle supported.</summary>
    public const int MaxWidth = 16;

    /// <summary>How many shingles of <paramref name="width"/> words <paramref name="tokenCount"/> tokens give (at most one when fewer).</summary>
    public static int Count(int tokenCount, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenCount);
        CheckWidth(width);
        return tokenCount == 0 ? 0 : Math.Max(1, tokenCount - width + 1);
    }

    /// <summary>
    /// Writes the hash of every run of <paramref name="width"/> consecutive tokens into <paramref name="destination"/> and returns
    /// how many were written. A text shorter than <paramref name="width"/> words gives one shingle of all its words, so a short
    /// text still has a fingerprint. <paramref name="destination"/> may be <paramref name="tokenHashes"/> itself (computed in place).
    /// </summary>
    public static int Hash(ReadOnlySpan<ulong> tokenHashes, int width, Span<ulong> destination)
    {
        var count = Count(tokenHashes.Length, width);
        if (destination.Length < count)
        {
            throw new ArgumentException($"The destination must hold {count} hashes.", nameof(destination));
        }

        var seed = (ulong)width * StableHash64.Prime5;
        if (tokenHashes.Length < width)
        {
            if (count == 1)
            {
                destination[0] = Combine(tokenHashes, seed);
            }

            return count;
        }

        // Shingle i reads tokens i..i+width-1 and is written at i, so writing in place never overwrites a token still needed.
        for (var i = 0; i < count; i++)
        {
            destination[i] = Combine(tokenHashes.Slice(i, width), seed);
        }

        return count;
    }

    /// <summary>An order-sensitive mix of a run of token hashes (XXH64's lane round, then its avalanche).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Combine(ReadOnlySpan<ulong> tokens, ulong seed)
    {
        var accumulator = seed + (ulong)tokens.Length;
        foreach (var token in tokens)
        {
            accumulator ^= StableHash64.Round(0, token);
            accumulator = (BitOperations.RotateLeft(accumulator, 27) * StableHash64.Prime1) + StableHash64.Prime4;
        }

        return StableHash64.Avalanche(accumulator);
    }

    private static void CheckWidth(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxWidth);
    }
}
