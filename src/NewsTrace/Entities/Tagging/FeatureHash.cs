namespace NewsTrace.Entities.Tagging;

/// <summary>
/// 64-bit FNV-1a hashes that name the tagger's features: a template number mixed with the feature's value.
/// A model stores these numbers, so they are computed here by a fixed algorithm (never <c>string.GetHashCode</c>, which
/// changes between runs). Hashing spans directly, lower-casing as it goes, keeps feature extraction free of allocation.
/// </summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Each template's own hash, computed once: every feature starts from one.</summary>
    private static readonly ulong[] TemplateHashes = [.. Enumerable.Range(0, 64).Select(template => Mix(OffsetBasis, template))];

    public static ulong Of(FeatureTemplate template)
        => (uint)template < (uint)TemplateHashes.Length ? TemplateHashes[(int)template] : Mix(OffsetBasis, (int)template);

    public static ulong Of(FeatureTemplate template, int value) => Mix(Of(template), value);

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> value) => Append(Of(template), value);

    /// <summary>The template with the lower-cased value: "Minister" and "minister" give the same feature.</summary>
    public static ulong OfLower(FeatureTemplate template, ReadOnlySpan<char> value) => AppendLower(Of(template), value);

    public static ulong Mix(ulong hash, int value)
    {
        for (var shift = 0; shift < 32; shift += 8)
        {
            hash ^= (byte)(value >> shift);
            hash *= Prime;
        }

        return hash;
    }

    /// <summary>Joins two hashes into one, for conjunctions of features ("previous word" and "this word").</summary>
    public static ulong Combine(ulong left, ulong right)
    {
        var hash = left;
        for (var shift = 0; shift < 64; shift += 8)
        {
            hash ^= (byte)(right >> shift);
            hash *= Prime;
        }

        return hash;
    }

    public static ulong Append(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = Mix16(hash, c);
        }

        return Mix16(hash, '\u0001');
    }

    public static ulong AppendLower(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = Mix16(hash, char.ToLowerInvariant(c));
        }

        return Mix16(hash, '\u0001');
    }

    private static ulong Mix16(ulong hash, char c)
    {
        hash ^= (byte)c;
        hash *= Prime;
        hash ^= (byte)(c >> 8);
        hash *= Prime;
        return hash;
    }
}
