using NewsTrace.Reuse.Fingerprints;
using NewsTrace.Reuse.Lsh;

namespace NewsTrace.Tests.Reuse.Fingerprints;

public sealed class LshTests
{
    [Theory]
    [InlineData(0.8)]
    [InlineData(0.5)]
    [InlineData(0.3)]
    public void The_chosen_banding_puts_the_S_curve_near_the_threshold(double threshold)
    {
        var banding = LshBanding.ForThreshold(threshold, 128);

        Assert.True(banding.HashesUsed <= 128);
        Assert.InRange(banding.Threshold, threshold - 0.2, threshold + 0.05);
        Assert.True(banding.CandidateProbability(threshold) > 0.5, $"{banding}: P({threshold}) = {banding.CandidateProbability(threshold)}");
        Assert.True(banding.CandidateProbability(threshold / 4) < 0.1, $"{banding}: P({threshold / 4}) = {banding.CandidateProbability(threshold / 4)}");
    }

    [Fact]
    public void A_higher_threshold_uses_more_rows_per_band()
        => Assert.True(LshBanding.ForThreshold(0.8, 128).Rows > LshBanding.ForThreshold(0.3, 128).Rows);

    [Fact]
    public void Identical_signatures_are_candidates_and_unrelated_ones_are_not()
    {
        var index = new LshIndex(new LshBanding(16, 8));
        var first = Fingerprint("Marovia pledged on Tuesday to help reopen the Lesna crossing as ministers met in Dorvan for talks.");
        var unrelated = Fingerprint("Hundreds of residents were evacuated overnight as the Brenna river burst its banks upstream.");
        index.Add(first);
        index.Add(unrelated);
        var candidates = new List<int>();

        index.Query(first, candidates);

        Assert.Equal([0], candidates);
    }

    [Fact]
    public void Candidate_pairs_list_each_sharing_pair_once_as_earlier_then_later()
    {
        var index = new LshIndex(new LshBanding(32, 4));
        var text = "The council agreed that work on the bridge will start in spring and finish before the winter floods.";
        index.Add(Fingerprint(text));
        index.Add(Fingerprint("Talks on fishing quotas in the northern bay ended without agreement after a long night."));
        index.Add(Fingerprint(text + " Officials declined to comment."));
        index.Add(Fingerprint(text));

        var pairs = index.CandidatePairs().ToList();

        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.All(pairs, pair => Assert.True(pair.First < pair.Second));
        Assert.Contains((0, 2), pairs);
        Assert.Contains((0, 3), pairs);
        Assert.Contains((2, 3), pairs);
        Assert.DoesNotContain(pairs, pair => pair.First == 1 || pair.Second == 1);
    }

    [Fact]
    public void Band_keys_are_stable_and_differ_by_band()
    {
        var signature = new uint[128];
        var keys = new ulong[16];
        LshIndex.BandKeys(new LshBanding(16, 8), signature, keys);

        // All-zero bands are equal, so only the band number (the seed) tells their keys apart.
        Assert.Equal(16, keys.Distinct().Count());
        Assert.Equal(StableHash64.Hash(new byte[32], 0), keys[0]);
    }

    [Fact]
    public void Query_by_keys_equals_query_by_signature()
    {
        var banding = new LshBanding(16, 8);
        var index = new LshIndex(banding);
        var signature = Fingerprint("A short text about the Lesna bridge and the council.");
        index.Add(signature);
        var keys = new ulong[banding.Bands];
        LshIndex.BandKeys(banding, signature, keys);
        var byKeys = new List<int>();
        var bySignature = new List<int>();

        index.QueryKeys(keys, byKeys);
        index.Query(signature, bySignature);

        Assert.Equal(bySignature, byKeys);
    }

    internal static uint[] Fingerprint(string text, int width = 3)
    {
        var signature = new uint[MinHasher.DefaultHashCount];
        new TextFingerprinter(width).Compute(text, signature);
        return signature;
    }
}
