namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    [Fact]
    public async Task Story_decisions_come_back_in_the_order_they_were_made_with_their_articles_in_order()
    {
        var store = Assert.IsAssignableFrom<IStoryDecisionStore>(await NewStoreAsync());

        var move = await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Move, ["b100", "a200"], ["c300", "c301"]) { Note = "to s1" });
        var split = await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Split, ["d400"], ["d400", "d401", "d402"]));
        var merge = await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Merge, ["e500"], ["f600"]));

        var listed = await CollectAsync(store.ListStoryDecisionsAsync());
        Assert.Equal([move, split, merge], listed);
        Assert.True(move.Sequence < split.Sequence && split.Sequence < merge.Sequence);
        Assert.Equal([StoryDecisionKind.Move, StoryDecisionKind.Split, StoryDecisionKind.Merge], listed.Select(d => d.Kind));
        Assert.Equal<string>(["b100", "a200"], listed[0].Articles);
        Assert.Equal<string>(["c300", "c301"], listed[0].Target);
        Assert.Equal("to s1", listed[0].Note);
        Assert.Null(listed[1].Note);
        Assert.All(listed, d => Assert.True(d.DecidedAt > DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task A_removed_story_decision_is_no_longer_listed()
    {
        var store = Assert.IsAssignableFrom<IStoryDecisionStore>(await NewStoreAsync());
        var first = await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Split, ["a1"], []));
        var second = await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Merge, ["a1"], ["b2"]));

        Assert.True(await store.RemoveStoryDecisionAsync(first.Sequence));
        Assert.False(await store.RemoveStoryDecisionAsync(first.Sequence));

        Assert.Equal([second], await CollectAsync(store.ListStoryDecisionsAsync()));
    }

    [Fact]
    public async Task Story_decisions_outlive_new_articles_and_name_articles_that_are_not_stored()
    {
        var store = await StoreWithAsync(TestArticles.Create("The ferry strike ended at dawn."));
        var decisions = Assert.IsAssignableFrom<IStoryDecisionStore>(store);

        await decisions.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Move, ["no-such-article"], ["another-missing-one"]));
        await store.WriteBatchAsync([TestArticles.Create("Ferries ran again by noon.")], []);

        var listed = Assert.Single(await CollectAsync(decisions.ListStoryDecisionsAsync()));
        Assert.Equal<string>(["no-such-article"], listed.Articles);
        Assert.Equal(2, (await store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task Story_decision_sequences_are_not_reused_after_an_undo()
    {
        var store = Assert.IsAssignableFrom<IStoryDecisionStore>(await NewStoreAsync());
        var first = await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Split, ["a1"], []));
        await store.RemoveStoryDecisionAsync(first.Sequence);

        var second = await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Split, ["a2"], []));

        Assert.True(second.Sequence > first.Sequence);
    }
}
