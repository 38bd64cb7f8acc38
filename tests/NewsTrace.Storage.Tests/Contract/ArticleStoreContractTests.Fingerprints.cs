using NewsTrace.Reuse.Fingerprints;

namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    private const string BridgeText =
        "The council of Dorvan agreed on Tuesday that repair work on the Lesna bridge will begin in early spring. " +
        "Engineers told the meeting that the central span was damaged by the October floods and must be replaced.";

    private const string FloodText =
        "Hundreds of people were moved from their homes overnight when the Brenna river rose above its banks in Kesmar. " +
        "Rescue teams used boats to reach families in the lower town, and schools were closed for the rest of the week.";

    [Fact]
    public async Task A_written_fingerprint_reads_back_exactly()
    {
        var store = await FingerprintStoreAsync();
        var fingerprint = ArticleFingerprints.Compute("a1", BridgeText, FingerprintScheme.NearCopy);

        await store.WriteFingerprintsAsync([fingerprint]);
        var read = await store.GetFingerprintAsync("a1", FingerprintScheme.NearCopy.Name);

        AssertSameFingerprint(fingerprint, read);
        Assert.Null(await store.GetFingerprintAsync("a1", FingerprintScheme.Rewrite.Name));
        Assert.Null(await store.GetFingerprintAsync("missing", FingerprintScheme.NearCopy.Name));
    }

    [Fact]
    public async Task Values_with_the_top_bit_set_survive_the_round_trip()
    {
        var store = await FingerprintStoreAsync();
        var fingerprint = new ArticleFingerprint("top", "test-scheme", ulong.MaxValue, [uint.MaxValue, 0, 0x80000000], [ulong.MaxValue, 0x8000000000000000UL]);

        await store.WriteFingerprintsAsync([fingerprint]);

        AssertSameFingerprint(fingerprint, await store.GetFingerprintAsync("top", "test-scheme"));
        Assert.Equal(["top"], await store.FindCandidatesAsync("test-scheme", [1UL, 0x8000000000000000UL]));
    }

    [Fact]
    public async Task Candidates_share_a_band_key_under_the_same_scheme_and_come_once_in_id_order()
    {
        var store = await FingerprintStoreAsync();
        var copy = ArticleFingerprints.Compute("b-copy", BridgeText.ToUpperInvariant(), FingerprintScheme.NearCopy);
        await store.WriteFingerprintsAsync(
        [
            ArticleFingerprints.Compute("z-original", BridgeText, FingerprintScheme.NearCopy),
            copy,
            ArticleFingerprints.Compute("flood", FloodText, FingerprintScheme.NearCopy),
            ArticleFingerprints.Compute("other-scheme", BridgeText, FingerprintScheme.Rewrite),
        ]);

        var candidates = await store.FindCandidatesAsync(FingerprintScheme.NearCopy.Name, copy.BandKeys);

        Assert.Equal(["b-copy", "z-original"], candidates);
        Assert.Empty(await store.FindCandidatesAsync(FingerprintScheme.NearCopy.Name, []));
        Assert.Empty(await store.FindCandidatesAsync("unknown-scheme", copy.BandKeys));
    }

    [Fact]
    public async Task A_key_matches_only_in_its_own_band()
    {
        var store = await FingerprintStoreAsync();
        await store.WriteFingerprintsAsync([new ArticleFingerprint("a", "test-scheme", 1, [1, 2], [10UL, 20UL])]);

        Assert.Empty(await store.FindCandidatesAsync("test-scheme", [20UL, 10UL]));
        Assert.Equal(["a"], await store.FindCandidatesAsync("test-scheme", [99UL, 20UL]));
    }

    [Fact]
    public async Task Rewriting_a_fingerprint_replaces_the_old_one_and_its_band_keys()
    {
        var store = await FingerprintStoreAsync();
        var old = ArticleFingerprints.Compute("a1", BridgeText, FingerprintScheme.NearCopy);
        var replacement = ArticleFingerprints.Compute("a1", FloodText, FingerprintScheme.NearCopy);

        await store.WriteFingerprintsAsync([old]);
        await store.WriteFingerprintsAsync([replacement]);
        await store.WriteFingerprintsAsync([replacement]);

        AssertSameFingerprint(replacement, await store.GetFingerprintAsync("a1", FingerprintScheme.NearCopy.Name));
        Assert.Empty(await store.FindCandidatesAsync(FingerprintScheme.NearCopy.Name, old.BandKeys));
        Assert.Equal(["a1"], await store.FindCandidatesAsync(FingerprintScheme.NearCopy.Name, replacement.BandKeys));
    }

    private async Task<IFingerprintStore> FingerprintStoreAsync()
        => Assert.IsAssignableFrom<IFingerprintStore>(await NewStoreAsync());

    private static void AssertSameFingerprint(ArticleFingerprint expected, ArticleFingerprint? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.ArticleId, actual.ArticleId);
        Assert.Equal(expected.Scheme, actual.Scheme);
        Assert.Equal(expected.ContentHash, actual.ContentHash);
        Assert.Equal(expected.Signature.AsEnumerable(), actual.Signature.AsEnumerable());
        Assert.Equal(expected.BandKeys.AsEnumerable(), actual.BandKeys.AsEnumerable());
    }
}
