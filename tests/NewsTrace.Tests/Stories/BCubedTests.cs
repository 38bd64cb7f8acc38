using NewsTrace.Evaluation;

namespace NewsTrace.Tests.Stories;

public sealed class BCubedTests
{
    private static Dictionary<string, string> Labels(params (string Item, string Label)[] pairs)
        => pairs.ToDictionary(p => p.Item, p => p.Label, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Gold = Labels(("a", "x"), ("b", "x"), ("c", "y"));

    [Fact]
    public void The_gold_partition_scores_one()
    {
        var score = BCubed.Score(Labels(("a", "1"), ("b", "1"), ("c", "2")), Gold);

        Assert.Equal(1.0, score.Precision, 12);
        Assert.Equal(1.0, score.Recall, 12);
        Assert.Equal(1.0, score.F1, 12);
    }

    [Fact]
    public void One_cluster_for_everything_has_full_recall_and_precision_of_five_ninths()
    {
        // a and b each see 2 of 3 cluster mates with their label, c sees 1 of 3: (2/3 + 2/3 + 1/3) / 3 = 5/9.
        var score = BCubed.Score(Labels(("a", "1"), ("b", "1"), ("c", "1")), Gold);

        Assert.Equal(5.0 / 9, score.Precision, 12);
        Assert.Equal(1.0, score.Recall, 12);
        Assert.Equal(2 * (5.0 / 9) / (1 + (5.0 / 9)), score.F1, 12);
    }

    [Fact]
    public void Singletons_have_full_precision_and_recall_of_two_thirds()
    {
        // a and b each find 1 of the 2 items of their class in their cluster, c finds 1 of 1: (1/2 + 1/2 + 1) / 3.
        var score = BCubed.Score(Labels(("a", "1"), ("b", "2"), ("c", "3")), Gold);

        Assert.Equal(1.0, score.Precision, 12);
        Assert.Equal(2.0 / 3, score.Recall, 12);
        Assert.Equal(0.8, score.F1, 12);
    }

    [Fact]
    public void A_mixed_example_matches_the_hand_computation()
    {
        // Gold {a,b,c}{d,e}; predicted {a,b}{c,d,e}.
        // Precision: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15. Recall: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15.
        var gold = Labels(("a", "x"), ("b", "x"), ("c", "x"), ("d", "y"), ("e", "y"));
        var score = BCubed.Score(Labels(("a", "1"), ("b", "1"), ("c", "2"), ("d", "2"), ("e", "2")), gold);

        Assert.Equal(11.0 / 15, score.Precision, 12);
        Assert.Equal(11.0 / 15, score.Recall, 12);
    }

    [Fact]
    public void Labels_of_different_items_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => BCubed.Score(Labels(("a", "1"), ("b", "1"), ("z", "1")), Gold));
    }
}
