using NewsTrace.Reuse.Dedup;
using NewsTrace.Reuse.Fingerprints;

namespace NewsTrace.Tests.Reuse.Fingerprints;

public sealed class DeduplicatorTests
{
    private const string Bridge =
        "The council of Dorvan agreed on Tuesday that repair work on the Lesna bridge will begin in early spring. " +
        "Engineers told the meeting that the central span was damaged by the October floods and must be replaced. " +
        "The regional governor said the cost would be shared with Marovia, which has pledged materials and crews. " +
        "Residents of both banks have used a ferry since the crossing closed, and traders say business has halved. " +
        "A spokesman for the ministry of transport said the timetable depends on the weather and on river levels.";

    private const string Floods =
        "Hundreds of people were moved from their homes overnight when the Brenna river rose above its banks in Kesmar. " +
        "Rescue teams used boats to reach families in the lower town, and schools were closed for the rest of the week. " +
        "The mayor asked volunteers to bring sandbags to the embankment, where the water reached the top of the wall. " +
        "Forecasters expect more rain on Friday, and the army has sent trucks and a field kitchen to the district.";

    [Fact]
    public void Exact_copies_near_copies_and_unrelated_texts_get_the_right_groups()
    {
        var trimmed = Bridge[..Bridge.LastIndexOf("A spokesman", StringComparison.Ordinal)];
        var edited = Bridge.Replace("early spring", "late spring", StringComparison.Ordinal).Replace("halved", "fallen", StringComparison.Ordinal);
        var reformatted = Bridge.ToUpperInvariant().Replace(". ", ".\n\n", StringComparison.Ordinal);

        var groups = Deduplicator.Group([Floods, Bridge, trimmed, edited, reformatted, Floods + " Updated."], new DedupOptions { Threshold = 0.7 });

        Assert.Equal([0, 1, 1, 1, 1, 0], groups);
    }

    [Fact]
    public void A_group_is_named_by_its_first_record_even_when_a_later_record_joins_two_groups()
    {
        var firstHalf = Bridge[..(Bridge.Length / 2)];
        var secondHalf = Bridge[(Bridge.Length / 2)..];

        // The halves share nothing; the whole text is close to each half only at a low threshold, and links them.
        var groups = Deduplicator.Group([secondHalf, Floods, firstHalf, Bridge], new DedupOptions { Threshold = 0.4 });

        Assert.Equal([0, 1, 0, 0], groups);
    }

    [Fact]
    public void Records_below_the_threshold_stay_apart()
    {
        var half = Bridge[..(Bridge.Length / 2)];

        Assert.Equal([0, 1], Deduplicator.Group([Bridge, half], new DedupOptions { Threshold = 0.8 }));
    }

    [Fact]
    public void Empty_texts_form_one_group_of_their_own()
        => Assert.Equal([0, 1, 0, 3], Deduplicator.Group(["", Bridge, " ... ", Floods]));

    [Fact]
    public void Statistics_count_exact_duplicates_and_verified_pairs()
    {
        var deduplicator = new Deduplicator();
        var fingerprinter = deduplicator.Options.CreateFingerprinter();
        var signature = new uint[deduplicator.Options.HashCount];
        foreach (var text in new[] { Bridge, Bridge, Bridge + " More.", Floods })
        {
            deduplicator.Add(fingerprinter.Compute(text, signature), signature);
        }

        Assert.Equal(1, deduplicator.ExactDuplicates);
        Assert.Equal(1, deduplicator.PairsJoined);
        Assert.Equal([0, 0, 0, 3], deduplicator.Groups());
    }

    [Fact]
    public void The_fingerprinter_allocates_nothing_after_warm_up()
    {
        var fingerprinter = new TextFingerprinter(5);
        var signature = new uint[fingerprinter.SignatureLength];
        fingerprinter.Compute(Bridge, signature);

        // The pooled buffers can be trimmed by a garbage collection that other tests cause, and the next rent then
        // allocates once; a steady state that allocates nothing shows in at least one of a few rounds.
        var allocated = new List<long>();
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                fingerprinter.Compute(Bridge, signature);
            }

            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Contains(0L, allocated);
    }

    [Fact]
    public void The_content_hash_ignores_case_spacing_and_punctuation_but_not_words()
    {
        Assert.Equal(TextFingerprinter.ContentHash("Work will start in spring."), TextFingerprinter.ContentHash("work WILL start, in\nspring"));
        Assert.NotEqual(TextFingerprinter.ContentHash("Work will start in spring."), TextFingerprinter.ContentHash("Work will start in autumn."));
    }
}
