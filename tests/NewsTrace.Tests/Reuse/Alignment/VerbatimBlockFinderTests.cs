using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Reuse.Alignment;

namespace NewsTrace.Tests.Reuse.Alignment;

public sealed class VerbatimBlockFinderTests
{
    [Fact]
    public void A_shared_run_is_found_with_its_positions_on_both_sides()
    {
        int[] left = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        int[] right = [90, 91, 3, 4, 5, 6, 7, 8, 9, 10, 92];

        var block = Assert.Single(VerbatimBlockFinder.Find(left, right, seed: 4, minWords: 8, maxGap: 3));

        Assert.Equal(new VerbatimBlock(2, 10, 2, 10), block);
    }

    [Fact]
    public void Runs_either_side_of_a_small_edit_join_into_one_block_and_report_their_exact_parts()
    {
        int[] left = [1, 2, 3, 4, 5, 6, 50, 7, 8, 9, 10, 11];
        int[] right = [1, 2, 3, 4, 5, 6, 60, 61, 7, 8, 9, 10, 11];
        var exact = new List<VerbatimBlock>();

        var block = Assert.Single(VerbatimBlockFinder.Find(left, right, seed: 4, minWords: 8, maxGap: 3, exact));

        Assert.Equal(new VerbatimBlock(0, 12, 0, 13), block);
        Assert.Equal([new VerbatimBlock(0, 6, 0, 6), new VerbatimBlock(7, 12, 8, 13)], exact);
    }

    [Fact]
    public void A_run_shorter_than_the_minimum_is_not_a_block()
    {
        int[] left = [1, 2, 3, 4, 5, 6, 7];
        int[] right = [1, 2, 3, 4, 5, 6, 7];

        Assert.Empty(VerbatimBlockFinder.Find(left, right, seed: 4, minWords: 8, maxGap: 3));
    }

    [Property]
    public Property Every_block_is_inside_both_sequences_and_its_exact_runs_match(int[] leftSeed, int[] rightSeed)
    {
        // Small alphabets make shared runs likely.
        var left = (leftSeed ?? []).Select(x => Math.Abs(x % 4)).ToArray();
        var right = (rightSeed ?? []).Select(x => Math.Abs(x % 4)).ToArray();
        var exact = new List<VerbatimBlock>();

        var blocks = VerbatimBlockFinder.Find(left, right, seed: 3, minWords: 4, maxGap: 2, exact);

        var inside = blocks.All(b => b.LeftStart >= 0 && b.LeftEnd <= left.Length && b.RightStart >= 0 && b.RightEnd <= right.Length && b.LeftLength >= 4);
        var matching = exact.All(r => r.LeftLength == r.RightLength && left.AsSpan(r.LeftStart, r.LeftLength).SequenceEqual(right.AsSpan(r.RightStart, r.RightLength)));
        return (inside && matching).ToProperty();
    }
}
