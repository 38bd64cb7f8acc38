using NewsTrace.Reuse.Fingerprints;
using NewsTrace.Reuse.Lsh;

namespace NewsTrace.Reuse.Dedup;

/// <summary>How <see cref="Deduplicator"/> decides that two texts are near-duplicates.</summary>
public sealed record DedupOptions
{
    /// <summary>Default: records whose estimated Jaccard similarity of 5-word shingles is at least 0.8 are duplicates.</summary>
    public static DedupOptions Default { get; } = new();

    /// <summary>The estimated Jaccard similarity at or above which two records are near-duplicates.</summary>
    public double Threshold { get; init; } = 0.8;

    /// <summary>Words per shingle.</summary>
    public int ShingleWidth { get; init; } = 5;

    /// <summary>MinHash signature length.</summary>
    public int HashCount { get; init; } = MinHasher.DefaultHashCount;

    /// <summary>The LSH banding: by default the one <see cref="LshBanding.ForThreshold"/> picks for <see cref="Threshold"/>.</summary>
    public LshBanding? Banding { get; init; }

    /// <summary>The banding in effect.</summary>
    public LshBanding EffectiveBanding => Banding ?? LshBanding.ForThreshold(Math.Min(Threshold, MaxBandingThreshold), HashCount);

    // A threshold of 1 (exact signatures only) still needs an S-curve with some width to search.
    private const double MaxBandingThreshold = 0.99;

    /// <summary>A fingerprinter with these options.</summary>
    public TextFingerprinter CreateFingerprinter()
        => new(ShingleWidth, HashCount == MinHasher.DefaultHashCount ? MinHasher.Default : new MinHasher(HashCount));
}
