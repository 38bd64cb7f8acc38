namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    [Fact]
    public async Task Entity_decisions_come_back_in_the_order_they_were_made()
    {
        var store = Assert.IsAssignableFrom<IEntityDecisionStore>(await NewStoreAsync());

        var merge = await store.AddEntityDecisionAsync(new EntityDecision(EntityDecisionKind.Merge, "Sergey Lavrov", "Sergei Lavrov"));
        var split = await store.AddEntityDecisionAsync(new EntityDecision(EntityDecisionKind.Split, "Sergey Lavrov", "the Russian minister"));
        var rename = await store.AddEntityDecisionAsync(new EntityDecision(EntityDecisionKind.Rename, "DPRK", "North Korea (DPRK)"));

        var listed = await CollectAsync(store.ListEntityDecisionsAsync());
        Assert.Equal([merge, split, rename], listed);
        Assert.True(merge.Sequence < split.Sequence && split.Sequence < rename.Sequence);
        Assert.Equal(
            [EntityDecisionKind.Merge, EntityDecisionKind.Split, EntityDecisionKind.Rename],
            listed.Select(d => d.Kind));
        Assert.Equal("North Korea (DPRK)", listed[2].Argument);
        Assert.All(listed, d => Assert.True(d.DecidedAt > DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task A_removed_entity_decision_is_no_longer_listed()
    {
        var store = Assert.IsAssignableFrom<IEntityDecisionStore>(await NewStoreAsync());
        var first = await store.AddEntityDecisionAsync(new EntityDecision(EntityDecisionKind.Merge, "A", "B"));
        var second = await store.AddEntityDecisionAsync(new EntityDecision(EntityDecisionKind.Rename, "A", "C"));

        Assert.True(await store.RemoveEntityDecisionAsync(first.Sequence));
        Assert.False(await store.RemoveEntityDecisionAsync(first.Sequence));

        Assert.Equal([second], await CollectAsync(store.ListEntityDecisionsAsync()));
    }

    [Fact]
    public async Task Entity_decisions_keep_names_exactly_as_given()
    {
        var store = Assert.IsAssignableFrom<IEntityDecisionStore>(await NewStoreAsync());
        var decision = new EntityDecision(EntityDecisionKind.Split, "Kim Jong-un", "Marovia\u2019s top diplomat \u00e9\u00e8 'quoted'");

        await store.AddEntityDecisionAsync(decision);

        var listed = Assert.Single(await CollectAsync(store.ListEntityDecisionsAsync()));
        Assert.Equal(decision.Entity, listed.Entity);
        Assert.Equal(decision.Argument, listed.Argument);
    }

    [Fact]
    public async Task Entity_decisions_are_independent_of_the_articles()
    {
        var store = await StoreWithAsync(TestArticles.Create("Lavrov met Choe Son Hui."));
        var decisions = Assert.IsAssignableFrom<IEntityDecisionStore>(store);

        await decisions.AddEntityDecisionAsync(new EntityDecision(EntityDecisionKind.Merge, "Lavrov", "Sergei Lavrov"));
        await store.WriteBatchAsync([TestArticles.Create("Sergey Lavrov arrived.")], []);

        Assert.Single(await CollectAsync(decisions.ListEntityDecisionsAsync()));
        Assert.Equal(2, (await store.GetStatisticsAsync()).Articles);
    }
}
