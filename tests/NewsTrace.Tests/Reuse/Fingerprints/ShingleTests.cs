using NewsTrace.Reuse.Fingerprints;

namespace NewsTrace.Tests.Reuse.Fingerprints;

public sealed class ShingleTests
{
    [Fact]
    public void Tokens_ignore_case_punctuation_and_spacing()
        => Assert.Equal(TokenHashes("The U.S. envoy, Mr. Orlan — arrived!"), TokenHashes("the us  ENVOY mr orlan arrived"));

    [Fact]
    public void Tokens_keep_word_boundaries_and_order()
    {
        Assert.NotEqual(TokenHashes("foot ball"), TokenHashes("football"));
        Assert.NotEqual(TokenHashes("ball foot"), TokenHashes("foot ball"));
    }

    [Fact]
    public void Tokens_without_letters_or_digits_are_dropped()
        => Assert.Equal(3, TokenHashes("« Lesna » — 2025 , bridge ... !").Length);

    [Fact]
    public void A_word_hashes_as_its_token()
        => Assert.Equal(new[] { NormalizedTokens.HashWord("Dorvan"), NormalizedTokens.HashWord("’s") }, TokenHashes("Dorvan’s"));

    [Theory]
    [InlineData(0, 5, 0)]
    [InlineData(3, 5, 1)]
    [InlineData(5, 5, 1)]
    [InlineData(9, 5, 5)]
    [InlineData(9, 2, 8)]
    public void Count_is_one_per_window_and_at_least_one_for_a_short_text(int tokens, int width, int expected)
        => Assert.Equal(expected, Shingles.Count(tokens, width));

    [Fact]
    public void Shingles_in_place_equal_shingles_into_a_separate_buffer()
    {
        var tokens = TokenHashes("Ministers met in Dorvan on Tuesday to discuss reopening the Lesna crossing");
        var separate = new ulong[tokens.Length];
        var separateCount = Shingles.Hash(tokens, 3, separate);
        var inPlace = (ulong[])tokens.Clone();
        var inPlaceCount = Shingles.Hash(inPlace, 3, inPlace);

        Assert.Equal(separateCount, inPlaceCount);
        Assert.Equal(separate.AsSpan(0, separateCount).ToArray(), inPlace.AsSpan(0, inPlaceCount).ToArray());
    }

    [Fact]
    public void Widths_give_different_hashes_for_the_same_words()
    {
        var tokens = TokenHashes("one two");
        var two = new ulong[1];
        var three = new ulong[1];
        Shingles.Hash(tokens, 2, two);
        Shingles.Hash(tokens, 3, three);

        Assert.NotEqual(two[0], three[0]);
    }

    [Fact]
    public void A_shared_run_of_words_gives_a_shared_shingle()
    {
        var first = ShingleSet("the bridge over the Lesna will reopen in spring", 3);
        var second = ShingleSet("officials say the bridge over the Lesna may open", 3);

        // "the bridge over", "bridge over the", "over the lesna"
        Assert.Equal(3, first.Intersect(second).Count());
    }

    internal static ulong[] TokenHashes(string text)
    {
        var buffer = new ulong[NormalizedTokens.MaxCount(text.Length)];
        return buffer.AsSpan(0, NormalizedTokens.Hash(text, buffer)).ToArray();
    }

    internal static HashSet<ulong> ShingleSet(string text, int width)
    {
        var tokens = TokenHashes(text);
        var shingles = new ulong[Math.Max(1, tokens.Length)];
        return shingles.AsSpan(0, Shingles.Hash(tokens, width, shingles)).ToArray().ToHashSet();
    }
}
