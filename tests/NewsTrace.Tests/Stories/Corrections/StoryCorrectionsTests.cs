using FsCheck.Xunit;
using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Stories.Corrections;

namespace NewsTrace.Tests.Stories.Corrections;

public sealed class StoryCorrectionsTests
{
    private static readonly StoryCluster[] Machine =
    [
        new("s-ferry", "t-harbour", ["a1", "a2", "a3"], "a2", "Ferry aground"),
        new("s-fire", "t-harbour", ["b1", "b2"], "b1", "Engine fire"),
        new("s-race", "t-race", ["c1", "c2"], "c1", "Risi wins"),
    ];

    private static StoryDecision Move(string[] articles, string[] target) => new(StoryDecisionKind.Move, [.. articles], [.. target]);

    private static StoryDecision Split(params string[] articles) => new(StoryDecisionKind.Split, [.. articles], []);

    private static StoryDecision Merge(string[] absorbed, string[] target) => new(StoryDecisionKind.Merge, [.. absorbed], [.. target]);

    private static StoryCluster Holding(CorrectedClusters result, string article) => Assert.Single(result.Clusters, c => c.ArticleIds.Contains(article));

    [Fact]
    public void A_move_takes_the_article_to_the_story_that_holds_its_target_articles()
    {
        var result = StoryCorrections.Apply(Machine, [Move(["a3"], ["b1", "b2"])]);

        Assert.Equal(["b1", "b2", "a3"], Holding(result, "a3").ArticleIds);
        Assert.Equal("s-fire", Holding(result, "a3").Id);
        Assert.Equal(["a1", "a2"], Holding(result, "a1").ArticleIds);
        Assert.Equal("Ferry aground", Holding(result, "a1").Title);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(StoryDecisionStatus.Applied, outcome.Status);
        Assert.Equal("s-fire", outcome.StoryId);
    }

    [Fact]
    public void A_story_that_loses_its_representative_loses_its_title_for_the_caller_to_rename()
    {
        var result = StoryCorrections.Apply(Machine, [Move(["a2"], ["c1"])]);

        var ferry = Holding(result, "a1");
        Assert.Null(ferry.Title);
        Assert.Equal("a1", ferry.RepresentativeId);
        Assert.Equal("s-ferry", ferry.Id);
    }

    [Fact]
    public void A_split_makes_a_story_of_its_own_with_a_new_id_in_the_original_topic()
    {
        var result = StoryCorrections.Apply(Machine, [Split("a1", "a3")]);

        var split = Holding(result, "a1");
        Assert.Equal(["a1", "a3"], split.ArticleIds);
        Assert.DoesNotContain(split.Id, Machine.Select(c => c.Id));
        Assert.Equal("t-harbour", split.TopicId);
        Assert.Equal(["a2"], Holding(result, "a2").ArticleIds);
        Assert.Equal(4, result.Clusters.Count);
        Assert.Equal(result.Clusters.Count, result.Clusters.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Splitting_a_whole_story_changes_nothing()
    {
        var result = StoryCorrections.Apply(Machine, [Split("b2", "b1")]);

        Assert.Equal(Machine, result.Clusters);
        Assert.Equal(StoryDecisionStatus.AlreadyTrue, Assert.Single(result.Outcomes).Status);
    }

    [Fact]
    public void A_merge_joins_the_absorbed_story_into_the_receiving_one_under_its_id()
    {
        var result = StoryCorrections.Apply(Machine, [Merge(["b1", "b2"], ["a1", "a2", "a3"])]);

        Assert.Equal(2, result.Clusters.Count);
        Assert.Equal(["a1", "a2", "a3", "b1", "b2"], Holding(result, "b1").ArticleIds);
        Assert.Equal("s-ferry", Holding(result, "b1").Id);
        Assert.Equal("Ferry aground", Holding(result, "b1").Title);
    }

    [Fact]
    public void A_decision_whose_articles_are_gone_is_skipped_and_reported_and_the_rest_still_apply()
    {
        var result = StoryCorrections.Apply(Machine,
        [
            Move(["gone-1"], ["b1"]),
            Move(["a3"], ["gone-2", "gone-3"]),
            Merge(["gone-4"], ["a1"]),
            Split("gone-5"),
            Move(["c2"], ["a1"]),
        ]);

        Assert.Equal(
            [StoryDecisionStatus.Skipped, StoryDecisionStatus.Skipped, StoryDecisionStatus.Skipped, StoryDecisionStatus.Skipped, StoryDecisionStatus.Applied],
            result.Outcomes.Select(o => o.Status));
        Assert.All(result.Outcomes.Take(4), o => Assert.Null(o.StoryId));
        Assert.All(result.Outcomes.Take(4), o => Assert.False(string.IsNullOrWhiteSpace(o.Message)));
        Assert.Equal(["a1", "a2", "a3", "c2"], Holding(result, "c2").ArticleIds);
    }

    [Fact]
    public void Some_articles_gone_does_not_stop_the_others()
    {
        var result = StoryCorrections.Apply(Machine, [Move(["gone", "c1"], ["gone-too", "b2"])]);

        Assert.Equal(["b1", "b2", "c1"], Holding(result, "c1").ArticleIds);
        Assert.Equal(StoryDecisionStatus.Applied, Assert.Single(result.Outcomes).Status);
    }

    [Fact]
    public void Replay_order_matters_and_is_kept()
    {
        // Split a3 off, then merge the ferry story into the race: a3 stays apart.
        var splitFirst = StoryCorrections.Apply(Machine, [Split("a3"), Merge(["a1", "a2", "a3"], ["c1", "c2"])]);

        // Merge first, then split: a3 leaves the merged story.
        var mergeFirst = StoryCorrections.Apply(Machine, [Merge(["a1", "a2", "a3"], ["c1", "c2"]), Split("a3")]);

        Assert.Equal(["a3"], Holding(splitFirst, "a3").ArticleIds);
        Assert.Equal(["c1", "c2", "a1", "a2"], Holding(splitFirst, "a1").ArticleIds);
        Assert.Equal(["a3"], Holding(mergeFirst, "a3").ArticleIds);

        // Two moves of one article: the later one wins.
        var moves = StoryCorrections.Apply(Machine, [Move(["a1"], ["b1"]), Move(["a1"], ["c1"])]);
        var reversed = StoryCorrections.Apply(Machine, [Move(["a1"], ["c1"]), Move(["a1"], ["b1"])]);
        Assert.Equal("s-race", Holding(moves, "a1").Id);
        Assert.Equal("s-fire", Holding(reversed, "a1").Id);
    }

    [Fact]
    public void The_receiving_story_is_the_one_holding_most_of_its_articles_not_the_first_listed()
    {
        // After re-clustering, a1 (listed first) went to the race story, but b1 and b2 are still together.
        StoryCluster[] reclustered =
        [
            new("s-x", "t", ["a2", "a3"], "a2", null),
            new("s-y", "t", ["a1", "c1", "c2"], "c1", null),
            new("s-z", "t", ["b1", "b2", "b3"], "b1", null),
        ];

        var result = StoryCorrections.Apply(reclustered, [Move(["a3"], ["a1", "b1", "b2"])]);

        Assert.Equal("s-z", Holding(result, "a3").Id);
    }

    [Fact]
    public void A_merge_the_clustering_already_made_is_already_true()
    {
        var result = StoryCorrections.Apply(Machine, [Merge(["a1"], ["a3"])]);

        Assert.Equal(Machine, result.Clusters);
        Assert.Equal(StoryDecisionStatus.AlreadyTrue, Assert.Single(result.Outcomes).Status);
    }

    [Fact]
    public void A_story_emptied_by_moves_disappears()
    {
        var result = StoryCorrections.Apply(Machine, [Move(["b1", "b2"], ["c1"])]);

        Assert.DoesNotContain(result.Clusters, c => c.Id == "s-fire");
        Assert.Equal(["c1", "c2", "b1", "b2"], Holding(result, "b1").ArticleIds);
    }

    [Property(MaxTest = 200)]
    public bool Any_decisions_keep_every_article_in_exactly_one_story_with_distinct_ids(int[] script)
    {
        var pool = new[] { "a1", "a2", "a3", "b1", "b2", "c1", "c2", "gone" };
        var decisions = (script ?? []).Take(12).Select(n =>
        {
            var x = (uint)n;
            var first = pool[x % 8];
            var second = pool[(x / 8) % 8];
            return (x / 64 % 3) switch
            {
                0 => Move([first], [second]),
                1 => Split(first, second),
                _ => Merge([first], [second]),
            };
        }).ToList();

        var result = StoryCorrections.Apply(Machine, decisions);

        var members = result.Clusters.SelectMany(c => c.ArticleIds).ToList();
        return members.Order(StringComparer.Ordinal).SequenceEqual(Machine.SelectMany(c => c.ArticleIds).Order(StringComparer.Ordinal))
            && result.Clusters.All(c => c.ArticleIds.Count > 0 && c.ArticleIds.Contains(c.RepresentativeId))
            && result.Clusters.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() == result.Clusters.Count
            && result.Outcomes.Count == decisions.Count;
    }
}
