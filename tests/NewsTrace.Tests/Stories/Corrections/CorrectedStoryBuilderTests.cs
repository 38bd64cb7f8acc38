using NewsTrace.Documents;
using NewsTrace.Reuse;
using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Stories.Corrections;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Stories.Corrections;

public sealed class CorrectedStoryBuilderTests
{
    private static StoredArticle Article(StoryInput input)
    {
        var metadata = new ArticleMetadata { Source = input.Id + ".html", Title = input.Title, Published = input.Published };
        return new StoredArticle(input.Id, metadata, input.Text, ContentHash.Of(input.Text), "{}");
    }

    private static async Task<InMemoryDecidingStore> StoreAsync()
    {
        var store = new InMemoryDecidingStore();
        await store.WriteBatchAsync([.. StoryFixtures.Corpus(withDates: true).Select(Article)], []);
        return store;
    }

    private static Story Holding(IReadOnlyList<Story> stories, string article) => Assert.Single(stories, s => s.Articles.Any(a => a.Id == article));

    [Fact]
    public async Task A_move_survives_a_rerun_of_clustering_after_new_articles_arrive()
    {
        var store = await StoreAsync();
        var before = await StoryBuilder.BuildAsync(store);
        var fire = Holding(before, "b1");
        Assert.NotSame(fire, Holding(before, "a3"));

        await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Move, ["a3"], [.. fire.Articles.Select(a => a.Id)]));

        // A new article about the fire changes the clustering (and may change ids); the decision still holds.
        var late = new StoryInput("b3", """
            Maritime inspectors said a leaking fuel line caused the engine-room fire on the ferry Nordlys near Orvik harbour.
            Vestmar expects the Nordlys to return to service once repairs on the engine are finished.
            """, Published: PublishDate.TryParseIso("2023-09-25", out var date) ? date : null, Title: "Fuel leak caused Nordlys fire");
        await store.WriteBatchAsync([Article(late)], []);
        var after = await StoryBuilder.BuildCorrectedAsync(store);

        var corrected = Holding(after.Stories, "a3");
        Assert.Contains(corrected.Articles, a => a.Id == "b1");
        Assert.Contains(corrected.Articles, a => a.Id == "b3");
        Assert.DoesNotContain(Holding(after.Stories, "a1").Articles, a => a.Id == "a3");
        Assert.Equal(after.Stories.SelectMany(s => s.Articles).Select(a => a.Id).Order(StringComparer.Ordinal), store.ListAsync(new ArticleQuery()).ToBlockingEnumerable().Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(StoryDecisionStatus.Applied, Assert.Single(after.Outcomes).Status);

        // Members stay earliest first, whatever order the decision added them in.
        Assert.Equal(corrected.Articles.OrderBy(a => a.Published, StringComparer.Ordinal).Select(a => a.Id), corrected.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Undo_restores_the_machine_stories()
    {
        var store = await StoreAsync();
        var machine = await StoryBuilder.BuildAsync(store);
        var race = Holding(machine, "c1");
        var ferry = Holding(machine, "a1");

        var merge = await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Merge, [.. race.Articles.Select(a => a.Id)], [.. ferry.Articles.Select(a => a.Id)]));
        var merged = await StoryBuilder.BuildAsync(store);
        Assert.Equal(machine.Count - 1, merged.Count);
        Assert.Same(Holding(merged, "c1"), Holding(merged, "a1"));
        Assert.Equal(ferry.Id, Holding(merged, "c1").Id);

        Assert.True(await store.RemoveStoryDecisionAsync(merge.Sequence));
        var restored = await StoryBuilder.BuildAsync(store);

        Assert.Equal(machine.Select(s => (s.Id, s.Title, string.Join(",", s.Articles.Select(a => a.Id)))), restored.Select(s => (s.Id, s.Title, string.Join(",", s.Articles.Select(a => a.Id)))));
    }

    [Fact]
    public async Task A_split_story_is_named_by_its_earliest_headline()
    {
        var store = await StoreAsync();
        await store.AddStoryDecisionAsync(new StoryDecision(StoryDecisionKind.Split, ["a3", "a2"], []));

        var stories = await StoryBuilder.BuildAsync(store);

        var split = Holding(stories, "a3");
        Assert.Equal(["a2", "a3"], split.Articles.Select(a => a.Id));
        Assert.Equal(split.Articles[0].Title, split.Title);
        Assert.Equal(["a2.html", "a3.html"], split.References);
    }
}
