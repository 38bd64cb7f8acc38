using NewsTrace.Reuse.Fingerprints;
using NewsTrace.Reuse.Provenance;

namespace NewsTrace.Tests.Reuse.Provenance;

/// <summary>Pairs proposed by the band index written at ingest, over samples/corpus.</summary>
public sealed class StoredLshCandidatesTests
{
    [Fact]
    public async Task The_stored_band_index_proposes_every_near_copy_pair_of_the_samples()
    {
        var store = await SampleCorpus.IngestAsync();
        var keys = store.Articles.Values.ToDictionary(a => a.Id, a => SampleCorpus.Key(a.Metadata.Source, a.Metadata.RecordId), StringComparer.Ordinal);

        var pairs = await StoredLshCandidates.FindAsync(store, keys.Keys, FingerprintScheme.All);

        var found = pairs.Select(p => Key(keys[p.LeftId], keys[p.RightId])).ToHashSet();
        Assert.Contains(Key("mer-20241017-0412", "samples/corpus/pages/harbour-gazette-lesna-crossing.html"), found);
        Assert.Contains(Key("samples/corpus/pages/harbour-gazette-lesna-crossing.html", "samples/corpus/pages/newsbeat24-marovia-lesna.html"), found);
        Assert.All(pairs, p => Assert.True(string.CompareOrdinal(p.LeftId, p.RightId) < 0));
    }

    [Fact]
    public async Task An_article_without_a_fingerprint_proposes_nothing()
    {
        var store = await SampleCorpus.IngestAsync();

        var pairs = await StoredLshCandidates.FindAsync(store, ["no-such-article"], FingerprintScheme.All);

        Assert.Empty(pairs);
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
