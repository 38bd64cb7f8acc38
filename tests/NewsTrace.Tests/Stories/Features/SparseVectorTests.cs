using NewsTrace.Stories.Features;

namespace NewsTrace.Tests.Stories.Features;

public sealed class SparseVectorTests
{
    [Fact]
    public void Pairs_in_any_order_give_ascending_ids_without_the_zero_weights()
    {
        var vector = SparseVector.FromPairs([new(7, 0.5f), new(2, 0f), new(3, 1.5f), new(-1, 2f)]);

        Assert.Equal([-1, 3, 7], vector.Ids.ToArray());
        Assert.Equal([2f, 1.5f, 0.5f], vector.Weights.ToArray());
    }

    [Fact]
    public void Pairs_from_a_lazy_sequence_give_the_same_vector_as_from_an_array()
    {
        KeyValuePair<int, float>[] pairs = [new(4, 1f), new(1, 2f), new(9, 3f)];
        var lazy = SparseVector.FromPairs(pairs.Select(p => p));
        var eager = SparseVector.FromPairs(pairs);

        Assert.Equal(eager.Ids.ToArray(), lazy.Ids.ToArray());
        Assert.Equal(eager.Weights.ToArray(), lazy.Weights.ToArray());
        Assert.Equal(14.0, eager.Dot(lazy), 6);
    }

    [Fact]
    public void An_id_given_twice_is_refused()
        => Assert.Throws<ArgumentException>(() => SparseVector.FromPairs([new(1, 1f), new(1, 2f)]));

    [Fact]
    public void Only_zero_weights_give_the_empty_vector()
        => Assert.Equal(0, SparseVector.FromPairs([new(1, 0f), new(2, 0f)]).Count);
}
