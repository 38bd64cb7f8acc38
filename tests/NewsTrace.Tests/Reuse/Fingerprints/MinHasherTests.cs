using System.Runtime.Intrinsics;
using FsCheck.Xunit;
using NewsTrace.Reuse.Fingerprints;

namespace NewsTrace.Tests.Reuse.Fingerprints;

public sealed class MinHasherTests
{
    [Property(MaxTest = 200)]
    public bool Every_vector_path_equals_the_scalar_path(ulong[] shingles)
    {
        var hasher = MinHasher.Default;
        var scalar = new uint[hasher.HashCount];
        hasher.ComputeScalar(shingles, scalar);
        var results = new List<uint[]>();
        if (Vector128.IsHardwareAccelerated)
        {
            results.Add(Run(hasher.ComputeVector128, shingles));
        }

        if (Vector256.IsHardwareAccelerated)
        {
            results.Add(Run(hasher.ComputeVector256, shingles));
        }

        if (Vector512.IsHardwareAccelerated)
        {
            results.Add(Run(hasher.ComputeVector512, shingles));
        }

        results.Add(Run(hasher.Compute, shingles));
        return results.All(result => result.AsSpan().SequenceEqual(scalar));
    }

    [Fact]
    public void Signatures_are_pinned_across_processes_and_machines()
    {
        // Persisted signatures depend on these exact values: a change here needs a new FingerprintScheme name.
        var signature = new uint[MinHasher.DefaultHashCount];
        MinHasher.Default.Compute([1UL, 2UL, 0xDEADBEEFCAFEBABEUL], signature);

        Assert.Equal(Pinned, signature[..4]);
    }

    [Fact]
    public void An_empty_set_has_the_empty_signature()
    {
        var signature = new uint[MinHasher.DefaultHashCount];
        MinHasher.Default.Compute([], signature);

        Assert.All(signature, value => Assert.Equal(MinHasher.EmptyValue, value));
    }

    [Theory]
    [InlineData(1000, 1000, 0)]
    [InlineData(1000, 800, 200)]
    [InlineData(1000, 500, 500)]
    [InlineData(1000, 200, 800)]
    public void The_estimate_is_close_to_the_true_Jaccard_similarity(int size, int shared, int different)
    {
        var random = new Random(size + shared);
        var common = Enumerable.Range(0, shared).Select(_ => NextULong(random)).ToArray();
        var first = common.Concat(Enumerable.Range(0, size - shared).Select(_ => NextULong(random))).ToArray();
        var second = common.Concat(Enumerable.Range(0, different).Select(_ => NextULong(random))).ToArray();
        var trueJaccard = (double)shared / (size + different);

        var estimate = MinHasher.EstimateJaccard(Signature(first), Signature(second));

        // 128 hashes: the standard error is at most sqrt(0.25 / 128) ≈ 0.044; four of them is a generous bound.
        Assert.InRange(estimate, trueJaccard - 0.18, trueJaccard + 0.18);
    }

    [Fact]
    public void Order_and_repetition_of_shingles_do_not_change_the_signature()
        => Assert.Equal(Signature([5, 6, 7]), Signature([7, 7, 6, 5, 5]));

    [Fact]
    public void Hash_counts_must_be_multiples_of_sixteen()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new MinHasher(100));

    [Fact]
    public void Equal_positions_are_counted_on_every_length()
    {
        uint[] first = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        uint[] second = [1, 0, 3, 0, 5, 0, 7, 0, 9, 0, 11];

        Assert.Equal(6, MinHasher.CountEqual(first, second));
    }

    private static readonly uint[] Pinned = [0x0F1E7D9DU, 0x575C0CC7U, 0x2D9BD38BU, 0x0AA976AAU];

    private static uint[] Run(SignatureFunction function, ulong[] shingles)
    {
        var signature = new uint[MinHasher.Default.HashCount];
        function(shingles, signature);
        return signature;
    }

    private delegate void SignatureFunction(ReadOnlySpan<ulong> shingles, Span<uint> signature);

    private static uint[] Signature(ulong[] shingles)
    {
        var signature = new uint[MinHasher.DefaultHashCount];
        MinHasher.Default.Compute(shingles, signature);
        return signature;
    }

    private static ulong NextULong(Random random) => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
}
