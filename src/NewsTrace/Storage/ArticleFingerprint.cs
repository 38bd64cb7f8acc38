using System.Collections.Immutable;

namespace NewsTrace.Storage;

/// <summary>
/// The near-duplicate fingerprint of one article under one scheme (see <c>NewsTrace.Reuse.Fingerprints.FingerprintScheme</c>):
/// its MinHash signature and LSH band keys, and the hash of its normalised content.
/// </summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Scheme">The scheme name: shingle width, signature length, banding and hash version.</param>
/// <param name="ContentHash">The 64-bit normalised-content hash: equal values are exact copies.</param>
/// <param name="Signature">The MinHash signature.</param>
/// <param name="BandKeys">The bucket key of each LSH band, in band order.</param>
public sealed record ArticleFingerprint(
    string ArticleId,
    string Scheme,
    ulong ContentHash,
    ImmutableArray<uint> Signature,
    ImmutableArray<ulong> BandKeys);
