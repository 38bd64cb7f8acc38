using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsTrace.Reuse.Fingerprints;

/// <summary>
/// MinHash signatures of shingle sets: for each of <see cref="HashCount"/> hash functions, the smallest value over the set.
/// The fraction of positions where two signatures agree estimates the Jaccard similarity of the two sets.
/// </summary>
/// <remarks>
/// <para>Hash function i maps a shingle hash x (folded to 32 bits) to mix(a_i·x + b_i) mod 2^32, where a_i is odd, b_i
/// arbitrary, and mix is a xor-shift-multiply-xor-shift bijection: each function is a permutation of the 32-bit values,
/// and the mix breaks the linear relation between functions so their minima are close to independent.</para>
/// <para>The coefficients come from SplitMix64 with a fixed seed, so a signature is the same in every process and on every
/// machine and can be persisted. The same functions run on 32-bit lanes of Vector512, Vector256 or Vector128 when the
/// hardware has them, or one at a time otherwise; all paths give identical results.</para>
/// </remarks>
public sealed class MinHasher
{
    /// <summary>The default number of hash functions (signature length).</summary>
    public const int DefaultHashCount = 128;

    /// <summary>The fixed seed of the default coefficients. Changing it changes every persisted signature.</summary>
    public const ulong DefaultSeed = 0x4E65777354726163UL;

    /// <summary>The signature value of an empty set: no shingle ever lowered it.</summary>
    public const uint EmptyValue = uint.MaxValue;

    private const uint MixMultiplier = 0x7FEB352DU;

    // Signature lengths are multiples of this, so every vector width divides them and no path needs a remainder loop.
    private const int LaneMultiple = 16;

    private readonly uint[] _multipliers;
    private readonly uint[] _offsets;

    public MinHasher(int hashCount = DefaultHashCount, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, LaneMultiple);
        if (hashCount % LaneMultiple != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hashCount), hashCount, $"The number of hashes must be a multiple of {LaneMultiple}.");
        }

        HashCount = hashCount;
        Seed = seed;
        _multipliers = new uint[hashCount];
        _offsets = new uint[hashCount];
        var state = seed;
        for (var i = 0; i < hashCount; i++)
        {
            var next = SplitMix64(ref state);
            _multipliers[i] = (uint)next | 1U;
            _offsets[i] = (uint)(next >> 32);
        }
    }

    /// <summary>The default 128-hash MinHasher with the fixed default seed.</summary>
    public static MinHasher Default { get; } = new();

    /// <summary>The signature length.</summary>
    public int HashCount { get; }

    /// <summary>The seed the coefficients were drawn from.</summary>
    public ulong Seed { get; }

    /// <summary>Writes the signature of <paramref name="shingleHashes"/> into <paramref name="signature"/> (length <see cref="HashCount"/>), on the widest vector path the hardware has.</summary>
    public void Compute(ReadOnlySpan<ulong> shingleHashes, Span<uint> signature)
    {
        CheckSignature(signature);
        if (Vector512.IsHardwareAccelerated)
        {
            ComputeVector512(shingleHashes, signature);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            ComputeVector256(shingleHashes, signature);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            ComputeVector128(shingleHashes, signature);
        }
        else
        {
            ComputeScalar(shingleHashes, signature);
        }
    }

    /// <summary>The fraction of positions where <paramref name="first"/> and <paramref name="second"/> agree: the Jaccard estimate.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> first, ReadOnlySpan<uint> second)
        => first.Length == 0 ? 0 : (double)CountEqual(first, second) / first.Length;

    /// <summary>How many positions of the two signatures hold the same value.</summary>
    public static int CountEqual(ReadOnlySpan<uint> first, ReadOnlySpan<uint> second)
    {
        if (first.Length != second.Length)
        {
            throw new ArgumentException("Signatures of different lengths cannot be compared.", nameof(second));
        }

        var equal = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var left = ref MemoryMarshal.GetReference(first);
            ref var right = ref MemoryMarshal.GetReference(second);
            for (; i + Vector256<uint>.Count <= first.Length; i += Vector256<uint>.Count)
            {
                var same = Vector256.Equals(Vector256.LoadUnsafe(ref left, (nuint)i), Vector256.LoadUnsafe(ref right, (nuint)i));
                equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
            }
        }

        for (; i < first.Length; i++)
        {
            if (first[i] == second[i])
            {
                equal++;
            }
        }

        return equal;
    }

    internal void ComputeScalar(ReadOnlySpan<ulong> shingleHashes, Span<uint> signature)
    {
        CheckSignature(signature);
        signature.Fill(EmptyValue);
        foreach (var shingle in shingleHashes)
        {
            var x = Fold(shingle);
            for (var i = 0; i < signature.Length; i++)
            {
                var h = (x * _multipliers[i]) + _offsets[i];
                h ^= h >> 16;
                h *= MixMultiplier;
                h ^= h >> 15;
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }
    }

    internal void ComputeVector128(ReadOnlySpan<ulong> shingleHashes, Span<uint> signature)
    {
        CheckSignature(signature);
        var mix = Vector128.Create(MixMultiplier);
        ref var output = ref MemoryMarshal.GetReference(signature);
        for (var block = 0; block < HashCount; block += Vector128<uint>.Count)
        {
            // One block of functions at a time, over all shingles: the block's coefficients and minima stay in registers.
            var multipliers = Vector128.Create(_multipliers.AsSpan(block, Vector128<uint>.Count));
            var offsets = Vector128.Create(_offsets.AsSpan(block, Vector128<uint>.Count));
            var minimum = Vector128<uint>.AllBitsSet;
            foreach (var shingle in shingleHashes)
            {
                var h = (Vector128.Create(Fold(shingle)) * multipliers) + offsets;
                h ^= Vector128.ShiftRightLogical(h, 16);
                h *= mix;
                h ^= Vector128.ShiftRightLogical(h, 15);
                minimum = Vector128.Min(minimum, h);
            }

            minimum.StoreUnsafe(ref output, (nuint)block);
        }
    }

    internal void ComputeVector256(ReadOnlySpan<ulong> shingleHashes, Span<uint> signature)
    {
        CheckSignature(signature);
        var mix = Vector256.Create(MixMultiplier);
        ref var output = ref MemoryMarshal.GetReference(signature);
        for (var block = 0; block < HashCount; block += Vector256<uint>.Count)
        {
            var multipliers = Vector256.Create(_multipliers.AsSpan(block, Vector256<uint>.Count));
            var offsets = Vector256.Create(_offsets.AsSpan(block, Vector256<uint>.Count));
            var minimum = Vector256<uint>.AllBitsSet;
            foreach (var shingle in shingleHashes)
            {
                var h = (Vector256.Create(Fold(shingle)) * multipliers) + offsets;
                h ^= Vector256.ShiftRightLogical(h, 16);
                h *= mix;
                h ^= Vector256.ShiftRightLogical(h, 15);
                minimum = Vector256.Min(minimum, h);
            }

            minimum.StoreUnsafe(ref output, (nuint)block);
        }
    }

    internal void ComputeVector512(ReadOnlySpan<ulong> shingleHashes, Span<uint> signature)
    {
        CheckSignature(signature);
        var mix = Vector512.Create(MixMultiplier);
        ref var output = ref MemoryMarshal.GetReference(signature);
        for (var block = 0; block < HashCount; block += Vector512<uint>.Count)
        {
            var multipliers = Vector512.Create(_multipliers.AsSpan(block, Vector512<uint>.Count));
            var offsets = Vector512.Create(_offsets.AsSpan(block, Vector512<uint>.Count));
            var minimum = Vector512<uint>.AllBitsSet;
            foreach (var shingle in shingleHashes)
            {
                var h = (Vector512.Create(Fold(shingle)) * multipliers) + offsets;
                h ^= Vector512.ShiftRightLogical(h, 16);
                h *= mix;
                h ^= Vector512.ShiftRightLogical(h, 15);
                minimum = Vector512.Min(minimum, h);
            }

            minimum.StoreUnsafe(ref output, (nuint)block);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(ulong hash) => (uint)(hash ^ (hash >> 32));

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private void CheckSignature(Span<uint> signature)
    {
        if (signature.Length != HashCount)
        {
            throw new ArgumentException($"The signature must have {HashCount} values.", nameof(signature));
        }
    }
}
