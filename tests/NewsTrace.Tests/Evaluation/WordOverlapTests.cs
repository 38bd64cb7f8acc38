using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Evaluation;

namespace NewsTrace.Tests.Evaluation;

public class WordOverlapTests
{
    [Fact]
    public void Overlap_counts_each_word_at_most_as_often_as_the_gold_has_it()
    {
        // Extracted: 6 words, of which "the" twice; gold has "the" once. Overlap = the(1) + ferry(1) + sails(1) = 3.
        var overlap = WordOverlap.Compute("The ferry sails; the menu, cookies", "the ferry sails again");

        Assert.Equal(3.0 / 6, overlap.Precision, 10);
        Assert.Equal(3.0 / 4, overlap.Recall, 10);
        Assert.Equal(2 * 0.5 * 0.75 / 1.25, overlap.F1, 10);
    }

    [Fact]
    public void Identical_bags_score_one_whatever_the_order_case_and_punctuation()
        => Assert.Equal(new WordOverlap(1, 1, 1), WordOverlap.Compute("Sails, ferry the!", "the ferry sails"));

    [Fact]
    public void Disjoint_texts_score_zero()
        => Assert.Equal(new WordOverlap(0, 0, 0), WordOverlap.Compute("menu login", "the ferry sails"));

    [Theory]
    [InlineData("", "gold text", 0)]
    [InlineData("some text", "", 0)]
    [InlineData("", "", 1)]
    [InlineData("!!", "--", 1)]
    public void Empty_sides(string extracted, string gold, double expected)
        => Assert.Equal(expected, WordOverlap.Compute(extracted, gold).F1);

    [Property(MaxTest = 200)]
    public Property Figures_are_between_zero_and_one_and_a_text_matches_itself(NonNull<string> text, NonNull<string> other)
    {
        var self = WordOverlap.Compute(text.Get, text.Get);
        var mixed = WordOverlap.Compute(text.Get, other.Get);
        return (self.F1 == 1
            && mixed.Precision is >= 0 and <= 1
            && mixed.Recall is >= 0 and <= 1
            && mixed.F1 is >= 0 and <= 1).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Swapping_sides_swaps_precision_and_recall(NonNull<string> a, NonNull<string> b)
    {
        var forward = WordOverlap.Compute(a.Get, b.Get);
        var backward = WordOverlap.Compute(b.Get, a.Get);
        return (Math.Abs(forward.Precision - backward.Recall) < 1e-12 && Math.Abs(forward.F1 - backward.F1) < 1e-12).ToProperty();
    }
}
