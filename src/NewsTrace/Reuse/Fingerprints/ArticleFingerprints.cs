using System.Collections.Immutable;
using NewsTrace.Reuse.Lsh;
using NewsTrace.Storage;

namespace NewsTrace.Reuse.Fingerprints;

/// <summary>Builds the <see cref="ArticleFingerprint"/>s an <see cref="IFingerprintStore"/> keeps for an article.</summary>
public static class ArticleFingerprints
{
    /// <summary>The fingerprint of <paramref name="text"/> under <paramref name="scheme"/>.</summary>
    public static ArticleFingerprint Compute(string articleId, string text, FingerprintScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scheme);
        var signature = new uint[scheme.HashCount];
        var contentHash = scheme.CreateFingerprinter().Compute(text, signature);
        var keys = new ulong[scheme.Banding.Bands];
        LshIndex.BandKeys(scheme.Banding, signature, keys);
        return new ArticleFingerprint(articleId, scheme.Name, contentHash, ImmutableArray.Create(signature), ImmutableArray.Create(keys));
    }

    /// <summary>The fingerprints of <paramref name="text"/> under every scheme of <paramref name="schemes"/>.</summary>
    public static IEnumerable<ArticleFingerprint> Compute(string articleId, string text, IEnumerable<FingerprintScheme> schemes)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        return schemes.Select(scheme => Compute(articleId, text, scheme));
    }
}
