using System.Buffers;
using System.Runtime.InteropServices;

namespace NewsTrace.Reuse.Fingerprints;

/// <summary>
/// Text to fingerprint in one pass: normalised token hashes (<see cref="NormalizedTokens"/>), shingles of
/// <see cref="ShingleWidth"/> words (<see cref="Shingles"/>), their MinHash signature (<see cref="MinHasher"/>), and a
/// 64-bit hash of the normalised content for exact duplicates. Thread-safe; working buffers come from
/// <see cref="ArrayPool{T}.Shared"/>, so after warm-up a call allocates nothing.
/// </summary>
public sealed class TextFingerprinter
{
    // Distinguishes the content hash from any shingle or token hash computed over the same values.
    private const ulong ContentSeed = 0x436F6E74656E7431UL;

    public TextFingerprinter(int shingleWidth = 5, MinHasher? minHasher = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleWidth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shingleWidth, Shingles.MaxWidth);
        ShingleWidth = shingleWidth;
        MinHasher = minHasher ?? MinHasher.Default;
    }

    public int ShingleWidth { get; }

    public MinHasher MinHasher { get; }

    /// <summary>The signature length the caller's buffer must have.</summary>
    public int SignatureLength => MinHasher.HashCount;

    /// <summary>
    /// Writes the MinHash signature of <paramref name="text"/> into <paramref name="signature"/> and returns the hash of its
    /// normalised content: two texts with the same words in the same order (ignoring case, punctuation and spacing) get the same
    /// value. An empty text (no words) gets an all-<see cref="MinHasher.EmptyValue"/> signature.
    /// </summary>
    public ulong Compute(ReadOnlySpan<char> text, Span<uint> signature)
    {
        var buffer = ArrayPool<ulong>.Shared.Rent(Math.Max(1, NormalizedTokens.MaxCount(text.Length)));
        try
        {
            var tokens = NormalizedTokens.Hash(text, buffer);
            var contentHash = HashTokens(buffer.AsSpan(0, tokens));

            // Shingles overwrite the token hashes in place: the content hash above was the last use of the tokens.
            var shingles = Shingles.Hash(buffer.AsSpan(0, tokens), ShingleWidth, buffer);
            MinHasher.Compute(buffer.AsSpan(0, shingles), signature);
            return contentHash;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }
    }

    /// <summary>The normalised-content hash of <see cref="Compute"/> alone: a fast 64-bit alternative to <see cref="Reuse.ContentHash"/>.</summary>
    public static ulong ContentHash(ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<ulong>.Shared.Rent(Math.Max(1, NormalizedTokens.MaxCount(text.Length)));
        try
        {
            return HashTokens(buffer.AsSpan(0, NormalizedTokens.Hash(text, buffer)));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }
    }

    // The token hashes' bytes in memory order: little-endian on every platform .NET runs on.
    private static ulong HashTokens(ReadOnlySpan<ulong> tokens) => StableHash64.Hash(MemoryMarshal.AsBytes(tokens), ContentSeed);
}
