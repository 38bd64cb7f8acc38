using NewsTrace.Evaluation.Reuse;
using NewsTrace.Reuse;

namespace NewsTrace.Tests.Reuse.Alignment;

public sealed class ReusePairGeneratorTests
{
    private static readonly ReuseSource[] Sources =
    [
        new("tarsen-strike", "one", "Dockworkers at the port of Tarsen walked off the job on Monday, and grain exports stopped. The union said 1,850 members joined the strike. Union leader Oskar Hallberg said the offer was far too low. Kessel Maritime said the offer was fair. At least 14 vessels were waiting at anchor. The mediator invited both sides to a meeting on Wednesday."),
        new("tarsen-strike", "two", "Cranes stood idle at Tarsen on Monday as a wage dispute shut the grain terminal. Hundreds of dockers gathered at the gates. A spokeswoman for Kessel Maritime said the company could not afford the increase. Economists said each day of the strike costs exporters millions."),
        new("brenholm-fire", "one", "A wildfire above Brenholm forced about 900 people from their homes on Saturday. Fire chief Lukas Amberg said strong winds pushed the flames towards the town. Two aircraft joined crews from four districts. Forecasters expect the wind to weaken on Sunday."),
    ];

    [Fact]
    public void The_same_seed_gives_the_same_pairs_and_another_seed_other_rewrites()
    {
        var first = ReusePairGenerator.Generate(Sources, seed: 5);
        var again = ReusePairGenerator.Generate(Sources, seed: 5);
        var other = ReusePairGenerator.Generate(Sources, seed: 6);

        Assert.Equal(first, again);
        Assert.NotEqual(
            first.Single(p => p.Id == "tarsen-strike/one/rewrite-heavy").Right,
            other.Single(p => p.Id == "tarsen-strike/one/rewrite-heavy").Right);
    }

    [Fact]
    public void Every_relation_is_generated_and_negatives_pair_the_right_sources()
    {
        var pairs = ReusePairGenerator.Generate(Sources, seed: 1);

        Assert.Equal(Enum.GetValues<ReuseRelation>().ToHashSet(), pairs.Select(p => p.Expected).ToHashSet());
        var sameStory = pairs.Single(p => p.Id == "tarsen-strike/one/same-story-two");
        Assert.Equal((Sources[0].Text, Sources[1].Text), (sameStory.Left, sameStory.Right));
        Assert.All(pairs.Where(p => p.Expected == ReuseRelation.Unrelated), p => Assert.False(
            p.Left.Contains("Tarsen", StringComparison.Ordinal) && p.Right.Contains("Tarsen", StringComparison.Ordinal),
            $"{p.Id} pairs two articles of one story"));
        Assert.All(pairs.Where(p => p.Kind.StartsWith("rewrite", StringComparison.Ordinal)), p => Assert.NotEqual(p.Left, p.Right));
    }
}
