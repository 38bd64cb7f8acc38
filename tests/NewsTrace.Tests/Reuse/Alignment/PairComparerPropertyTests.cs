using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Relations;

namespace NewsTrace.Tests.Reuse.Alignment;

public sealed class PairComparerPropertyTests
{
    private static readonly string[] Sentences =
    [
        "Dockworkers at Tarsen walked off the job on Monday.",
        "The union said 1,850 members joined the strike.",
        "Oskar Hallberg said the offer was far too low.",
        "Port workers in Tarsen went on strike on Monday.",
        "A wildfire above Brenholm forced 900 people from their homes.",
        "Fire chief Lukas Amberg said strong winds pushed the flames.",
        "\"We will not give up,\" Hallberg told reporters.",
        "Kessel Maritime said the offer was fair.",
    ];

    private static readonly PairComparer Comparer = new();

    [Property(MaxTest = 60)]
    public Property Scores_stay_in_range_and_passages_stay_inside_both_texts(byte[] leftPicks, byte[] rightPicks)
    {
        var left = Text(leftPicks);
        var right = Text(rightPicks);

        var comparison = Comparer.Compare(ReuseDocuments.Of(left, "l"), ReuseDocuments.Of(right, "r"));

        var inRange = comparison.Similarity is >= 0 and <= 1 && comparison.LeftCoverage is >= 0 and <= 1 && comparison.RightCoverage is >= 0 and <= 1;
        var inside = comparison.Passages.All(p => p.Left.End <= left.Length && p.Right.End <= right.Length && p.Similarity is >= 0 and <= 1);
        var identicalMeansOne = comparison.Relation != ReuseRelation.Identical || comparison.Similarity == 1.0;
        return (inRange && inside && identicalMeansOne).ToProperty();
    }

    [Property(MaxTest = 30)]
    public Property A_text_against_itself_is_identical(byte[] picks)
    {
        var text = Text(picks);

        var comparison = Comparer.Compare(ReuseDocuments.Of(text, "a"), ReuseDocuments.Of(text, "b"));

        return (comparison.Relation == ReuseRelation.Identical).ToProperty();
    }

    private static string Text(byte[]? picks) => string.Join(' ', (picks ?? []).Take(12).Select(p => Sentences[p % Sentences.Length]));
}
