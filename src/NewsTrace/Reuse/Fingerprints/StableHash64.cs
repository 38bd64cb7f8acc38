using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsTrace.Reuse.Fingerprints;

/// <summary>
/// XXH64 (xxHash, 64-bit, Yann Collet), implemented from its published specification: a fast, well-mixed hash whose
/// value is the same in every process and on every machine, so it can be persisted (unlike <c>string.GetHashCode</c>).
/// </summary>
/// <remarks>
/// Input bytes are read little-endian, as the specification defines. Characters are hashed as their UTF-16 code units
/// in little-endian byte order, which is what .NET holds in memory on every platform it supports.
/// </remarks>
public static class StableHash64
{
    internal const ulong Prime1 = 0x9E3779B185EBCA87UL;
    internal const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    internal const ulong Prime3 = 0x165667B19E3779F9UL;
    internal const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    internal const ulong Prime5 = 0x27D4EB2F165667C5UL;

    /// <summary>XXH64 of <paramref name="data"/> with <paramref name="seed"/>.</summary>
    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var length = data.Length;
        ulong accumulator;
        var offset = 0;
        if (length >= 32)
        {
            var v1 = seed + Prime1 + Prime2;
            var v2 = seed + Prime2;
            var v3 = seed;
            var v4 = seed - Prime1;
            var limit = length - 32;
            while (offset <= limit)
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(data[offset..]));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(data[(offset + 8)..]));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(data[(offset + 16)..]));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(data[(offset + 24)..]));
                offset += 32;
            }

            accumulator = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7)
                + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            accumulator = MergeRound(accumulator, v1);
            accumulator = MergeRound(accumulator, v2);
            accumulator = MergeRound(accumulator, v3);
            accumulator = MergeRound(accumulator, v4);
        }
        else
        {
            accumulator = seed + Prime5;
        }

        accumulator += (ulong)length;
        while (length - offset >= 8)
        {
            accumulator ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(data[offset..]));
            accumulator = (BitOperations.RotateLeft(accumulator, 27) * Prime1) + Prime4;
            offset += 8;
        }

        if (length - offset >= 4)
        {
            accumulator ^= BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]) * Prime1;
            accumulator = (BitOperations.RotateLeft(accumulator, 23) * Prime2) + Prime3;
            offset += 4;
        }

        while (offset < length)
        {
            accumulator ^= data[offset] * Prime5;
            accumulator = BitOperations.RotateLeft(accumulator, 11) * Prime1;
            offset++;
        }

        return Avalanche(accumulator);
    }

    /// <summary>XXH64 of the UTF-16 code units of <paramref name="text"/> (little-endian bytes) with <paramref name="seed"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> text, ulong seed = 0)
    {
        if (!BitConverter.IsLittleEndian)
        {
            // Keep the persisted value of a big-endian process equal to everyone else's.
            return HashBigEndianChars(text, seed);
        }

        return Hash(MemoryMarshal.AsBytes(text), seed);
    }

    /// <summary>XXH64's final mix of one 64-bit value: a cheap bijective scrambler for combining hashes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Avalanche(ulong value)
    {
        value ^= value >> 33;
        value *= Prime2;
        value ^= value >> 29;
        value *= Prime3;
        value ^= value >> 32;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Round(ulong accumulator, ulong lane)
    {
        accumulator += lane * Prime2;
        accumulator = BitOperations.RotateLeft(accumulator, 31);
        return accumulator * Prime1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MergeRound(ulong accumulator, ulong lane)
    {
        accumulator ^= Round(0, lane);
        return (accumulator * Prime1) + Prime4;
    }

    private static ulong HashBigEndianChars(ReadOnlySpan<char> text, ulong seed)
    {
        var bytes = new byte[text.Length * 2];
        for (var i = 0; i < text.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), text[i]);
        }

        return Hash(bytes, seed);
    }
}
