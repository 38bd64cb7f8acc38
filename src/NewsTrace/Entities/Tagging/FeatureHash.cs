using System.Numerics;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// 64-bit hashes that name the tagger's features: a template number mixed with the feature's value. A model stores these
/// numbers, so they are computed here by a fixed algorithm (never <c>string.GetHashCode</c>, which changes between runs).
/// Hashing spans directly, lower-casing as it goes, keeps feature extraction free of allocation. Each step is one
/// multiply-rotate-multiply (the xxHash64 round, with its primes), so joining two features costs a few cycles; version 1
/// of the model file used FNV-1a byte by byte, eight dependent multiplies per 64-bit value, and was the tagger's hottest code.
/// </summary>
internal static class FeatureHash
{
    private const ulong Seed = 0x27D4EB2F165667C5UL;
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>Each template's own hash, computed once: every feature starts from one.</summary>
    private static readonly ulong[] TemplateHashes = [.. Enumerable.Range(0, 64).Select(template => Mix(Seed, template))];

    public static ulong Of(FeatureTemplate template)
        => (uint)template < (uint)TemplateHashes.Length ? TemplateHashes[(int)template] : Mix(Seed, (int)template);

    public static ulong Of(FeatureTemplate template, int value) => Mix(Of(template), value);

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> value) => Append(Of(template), value);

    /// <summary>The template with the lower-cased value: "Minister" and "minister" give the same feature.</summary>
    public static ulong OfLower(FeatureTemplate template, ReadOnlySpan<char> value) => AppendLower(Of(template), value);

    public static ulong Mix(ulong hash, int value) => Step(hash, (uint)value);

    /// <summary>Joins two hashes into one, for conjunctions of features ("previous word" and "this word").</summary>
    public static ulong Combine(ulong left, ulong right) => Step(left, right);

    public static ulong Append(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = Step(hash, c);
        }

        return Step(hash, (uint)value.Length | (1UL << 32));
    }

    public static ulong AppendLower(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = Step(hash, InvariantLower.Of(c));
        }

        return Step(hash, (uint)value.Length | (1UL << 32));
    }

    /// <summary>The xxHash64 round folded into the running hash: the rotation carries high bits into the low ones the model's table indexes by.</summary>
    private static ulong Step(ulong hash, ulong value)
        => BitOperations.RotateLeft(hash ^ (value * Prime2), 31) * Prime1;
}
