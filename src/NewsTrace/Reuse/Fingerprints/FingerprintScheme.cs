using NewsTrace.Reuse.Lsh;

namespace NewsTrace.Reuse.Fingerprints;

/// <summary>
/// One granularity of fingerprint: shingle width, signature length and LSH banding, under a versioned name. Persisted
/// signatures and band keys are filed under <see cref="Name"/>, so a change of any parameter (or of the hash functions)
/// gets a new name and never mixes with old values.
/// </summary>
public sealed record FingerprintScheme(string Name, int ShingleWidth, int HashCount, LshBanding Banding)
{
    /// <summary>
    /// Near-copies: 5-word shingles, banding tuned for Jaccard around 0.5, so copies with trims, insertions and a few edited
    /// words are found while unrelated articles on the same story rarely are.
    /// </summary>
    public static FingerprintScheme NearCopy { get; } = Create("near-copy", 5, 0.5);

    /// <summary>
    /// Rewrites: 2-word shingles, banding tuned for Jaccard around 0.3, so a reworded article that keeps names, figures and
    /// short phrases still becomes a candidate for alignment.
    /// </summary>
    public static FingerprintScheme Rewrite { get; } = Create("rewrite", 2, 0.3);

    /// <summary>The schemes computed at ingest, coarse to fine.</summary>
    public static IReadOnlyList<FingerprintScheme> All { get; } = [NearCopy, Rewrite];

    /// <summary>A scheme for <paramref name="threshold"/> with <paramref name="shingleWidth"/>-word shingles and the default hash functions.</summary>
    public static FingerprintScheme Create(string purpose, int shingleWidth, double threshold, int hashCount = MinHasher.DefaultHashCount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var banding = LshBanding.ForThreshold(threshold, hashCount);
        var name = FormattableString.Invariant($"{purpose}/minhash1-w{shingleWidth}-k{hashCount}-b{banding.Bands}x{banding.Rows}");
        return new FingerprintScheme(name, shingleWidth, hashCount, banding);
    }

    /// <summary>A fingerprinter for this scheme (default seed).</summary>
    public TextFingerprinter CreateFingerprinter()
        => new(ShingleWidth, HashCount == MinHasher.DefaultHashCount ? MinHasher.Default : new MinHasher(HashCount));
}
