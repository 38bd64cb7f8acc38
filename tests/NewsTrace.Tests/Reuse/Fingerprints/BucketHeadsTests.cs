using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Reuse.Lsh;

namespace NewsTrace.Tests.Reuse.Fingerprints;

public sealed class BucketHeadsTests
{
    [Property]
    public Property Behaves_like_a_dictionary_of_the_newest_document_through_every_growth(uint[] keys)
    {
        // A small first table, so a few dozen keys already force several doublings.
        var table = new BucketHeads(initialCapacity: 16);
        var expected = new Dictionary<uint, int>();
        var previousRight = true;
        for (var document = 0; document < keys.Length; document++)
        {
            var key = keys[document] % 64;
            var previous = table.Push(key, document);
            previousRight &= previous == (expected.TryGetValue(key, out var newest) ? newest : -1);
            expected[key] = document;
        }

        var lookupsRight = expected.All(pair => table.TryGet(pair.Key, out var document) && document == pair.Value);
        var absentRight = Enumerable.Range(64, 8).All(key => !table.TryGet((uint)key, out _));
        return (previousRight && lookupsRight && absentRight && table.Count == expected.Count).ToProperty();
    }

    [Fact]
    public void Zero_is_a_key_like_any_other()
    {
        var table = new BucketHeads();

        Assert.False(table.TryGet(0, out _));
        Assert.Equal(-1, table.Push(0, 0));
        Assert.Equal(0, table.Push(0, 5));
        Assert.True(table.TryGet(0, out var document));
        Assert.Equal(5, document);
    }

    [Fact]
    public void Hundreds_of_thousands_of_buckets_are_all_found()
    {
        var table = new BucketHeads();
        for (var i = 0; i < 300_000; i++)
        {
            table.Push(Spread(i), i);
        }

        Assert.Equal(300_000, table.Count);
        for (var i = 0; i < 300_000; i += 997)
        {
            Assert.True(table.TryGet(Spread(i), out var document));
            Assert.Equal(i, document);
        }
    }

    // Multiplying by an odd number is a bijection on 32 bits: distinct keys, spread over the whole range.
    private static uint Spread(int i) => (uint)i * 2654435761u;
}
