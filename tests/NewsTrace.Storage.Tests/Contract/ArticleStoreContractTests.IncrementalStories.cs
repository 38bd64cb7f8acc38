using NewsTrace.Stories;
using NewsTrace.Stories.Incremental;

namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    [Fact]
    public async Task One_catch_up_on_an_empty_store_gives_exactly_the_batch_stories()
    {
        var (store, stories) = await StoryStoreWithAsync([.. StoryCorpus.FirstWave, .. StoryCorpus.SecondWave]);
        var batch = await StoryBuilder.ClusterNowAsync(store);

        var result = await IncrementalStories.UpdateAsync(store, stories);
        var persisted = await StoryBuilder.ReadPersistedAsync(store, stories);

        Assert.Equal(7, result.Added);
        Assert.Equal(Describe(batch), Describe(persisted));
        Assert.Equal(Describe(persisted), Describe(await StoryBuilder.BuildAsync(store)));
    }

    [Fact]
    public async Task Stories_untouched_by_a_second_batch_keep_their_ids_and_a_story_that_grew_keeps_its_id()
    {
        var (store, stories) = await StoryStoreWithAsync([.. StoryCorpus.FirstWave]);
        await IncrementalStories.UpdateAsync(store, stories);
        var before = await StoryBuilder.ReadPersistedAsync(store, stories);
        var mine = StoryOf(before, "m1");
        var chess = StoryOf(before, "c1");

        await store.WriteBatchAsync([.. StoryCorpus.SecondWave], []);
        var result = await IncrementalStories.UpdateAsync(store, stories);
        var after = await StoryBuilder.ReadPersistedAsync(store, stories);

        Assert.Equal(3, result.Added);
        Assert.Equal(Describe([chess]), Describe([StoryOf(after, "c1")]));
        // The grown story keeps its id although its earliest member is new (the batch algorithm alone would rename it).
        Assert.Equal(mine.Id, StoryOf(after, "a-m3").Id);
        Assert.Equal("a-m3", StoryOf(after, "m1").Articles[0].Id);
        Assert.NotEqual(StoryIds.From('s', "a-m3"), mine.Id);
        Assert.Equal(["a-m3", "m1", "m2"], StoryOf(after, "m1").Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(mine.TopicId, StoryOf(after, "a-m3").TopicId);

        // The fire at the same colliery two weeks later is another event of the same topic.
        Assert.Equal(StoryOf(after, "f1").Id, StoryOf(after, "f2").Id);
        Assert.NotEqual(mine.Id, StoryOf(after, "f1").Id);
        Assert.Equal(mine.TopicId, StoryOf(after, "f1").TopicId);
        Assert.NotEqual(chess.TopicId, mine.TopicId);
    }

    [Fact]
    public async Task A_catch_up_for_a_window_assigns_only_that_window_and_the_next_one_the_rest()
    {
        var (store, stories) = await StoryStoreWithAsync([.. StoryCorpus.FirstWave, .. StoryCorpus.SecondWave]);
        var firstWave = StoryCorpus.FirstWave.Select(a => a.Id).ToArray();

        var first = await IncrementalStories.UpdateAsync(store, stories, null, null, [.. firstWave, "not-stored"]);

        Assert.Equal(firstWave.Length, first.Added);
        Assert.Equal(
            StoryCorpus.SecondWave.Select(a => a.Id).Order(StringComparer.Ordinal),
            (await stories.ListUnassignedAsync(100)).Select(a => a.Id).Order(StringComparer.Ordinal));
        var second = await IncrementalStories.UpdateAsync(store, stories);
        Assert.Equal(StoryCorpus.SecondWave.Count, second.Added);
        Assert.Empty(await stories.ListUnassignedAsync(100));
    }

    [Fact]
    public async Task Within_a_batch_the_result_does_not_depend_on_input_order()
    {
        var articles = StoryCorpus.FirstWave.Concat(StoryCorpus.SecondWave).ToArray();
        var expected = await AddInOrderAsync(articles);
        var random = new Random(7);
        for (var trial = 0; trial < 3; trial++)
        {
            random.Shuffle(articles);
            Assert.Equal(expected, await AddInOrderAsync(articles));
        }
    }

    [Fact]
    public async Task Two_catch_ups_at_once_assign_every_article_once_and_agree_with_one_run()
    {
        var (store, stories) = await StoryStoreWithAsync([.. StoryCorpus.FirstWave, .. StoryCorpus.SecondWave]);
        var (alone, aloneStories) = await StoryStoreWithAsync([.. StoryCorpus.FirstWave, .. StoryCorpus.SecondWave]);

        var results = await Task.WhenAll(IncrementalStories.UpdateAsync(store, stories), IncrementalStories.UpdateAsync(store, stories));
        await IncrementalStories.UpdateAsync(alone, aloneStories);

        Assert.Equal(7, results.Sum(r => r.Added));
        Assert.Equal(new StoryIndexState(1, 7), await stories.GetStoryIndexStateAsync());
        Assert.Equal(await CollectAsync(aloneStories.ListStoryAssignmentsAsync()), await CollectAsync(stories.ListStoryAssignmentsAsync()));
    }

    [Fact]
    public async Task A_topic_too_large_to_recluster_takes_new_articles_into_the_story_with_the_closest_mean()
    {
        var (store, stories) = await StoryStoreWithAsync([.. StoryCorpus.FirstWave]);
        await IncrementalStories.UpdateAsync(store, stories);
        var mine = StoryOf(await StoryBuilder.ReadPersistedAsync(store, stories), "m1");
        await store.WriteBatchAsync([StoryCorpus.SecondWave[0]], []);

        var result = await IncrementalStories.UpdateAsync(store, stories, null, IncrementalClusteringOptions.Default with { MaxRecluster = 2 });

        Assert.Equal(1, result.AssignedToNearest);
        var assignment = (await stories.GetIndexedArticlesAsync(["a-m3"])).Single().Assignment;
        Assert.Equal(mine.Id, assignment.StoryId);
        Assert.Equal(mine.TopicId, assignment.TopicId);
        Assert.InRange(assignment.Score, StoryClusteringOptions.Default.EventThreshold, 1.0);
    }

    private async Task<string[]> AddInOrderAsync(IReadOnlyList<StoredArticle> articles)
    {
        var (store, stories) = await StoryStoreWithAsync([.. articles]);
        var updater = new StoryIndexUpdater(stories);
        var input = articles.Select(a => new UnassignedArticle(new ArticleSummary(a.Id, a.Metadata.Source, null, a.Metadata.Title, null, null, a.Metadata.Published?.ToString(), a.Text.Length, a.TextHash), a.Text)).ToList();
        Assert.NotNull(await updater.TryAddAsync(input));
        return Describe(await StoryBuilder.ReadPersistedAsync(store, stories));
    }

    private static Story StoryOf(IReadOnlyList<Story> stories, string articleId)
        => stories.Single(s => s.Articles.Any(a => a.Id == articleId));

    private static string[] Describe(IEnumerable<Story> stories)
        => [.. stories.Select(s => $"{s.Id} {s.TopicId} {s.Title}: {string.Join(",", s.Articles.Select(a => a.Id))}")];
}
