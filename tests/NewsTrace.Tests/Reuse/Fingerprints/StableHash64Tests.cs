using System.Text;
using NewsTrace.Reuse.Fingerprints;

namespace NewsTrace.Tests.Reuse.Fingerprints;

public sealed class StableHash64Tests
{
    // Published XXH64 test vectors (xxHash reference implementation and the python-xxhash README).
    [Theory]
    [InlineData("", 0UL, 0xEF46DB3751D8E999UL)]
    [InlineData("", 1UL, 0xD5AFBA1336A3BE4BUL)]
    [InlineData("a", 0UL, 0xD24EC4F1A98C6E5BUL)]
    [InlineData("abc", 0UL, 0x44BC2CF5AD770999UL)]
    [InlineData("xxhash", 0UL, 0x32DD38952C4BC720UL)]
    [InlineData("xxhash", 20141025UL, 0xB559B98D844E0635UL)]
    [InlineData("Nobody inspects the spammish repetition", 0UL, 0xFBCEA83C8A378BF1UL)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0UL, 0x0B242D361FDA71BCUL)]
    public void Matches_the_published_XXH64_vectors(string input, ulong seed, ulong expected)
        => Assert.Equal(expected, StableHash64.Hash(Encoding.ASCII.GetBytes(input), seed));

    [Fact]
    public void Characters_hash_as_their_little_endian_UTF16_bytes()
    {
        const string text = "Zürich – Ле́сна";

        Assert.Equal(StableHash64.Hash(Encoding.Unicode.GetBytes(text)), StableHash64.Hash(text.AsSpan()));
    }

    [Fact]
    public void Every_input_length_through_the_stripe_boundaries_gives_a_distinct_value()
    {
        // Lengths 0..100 cross the 32-byte stripe loop and the 8-, 4- and 1-byte tails; a slicing mistake would repeat a value.
        var data = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        var values = Enumerable.Range(0, data.Length + 1).Select(length => StableHash64.Hash(data.AsSpan(0, length))).ToHashSet();

        Assert.Equal(data.Length + 1, values.Count);
    }
}
