using NewsTrace.Stories.Incremental;

namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    [Theory]
    [InlineData(2_000)]
    [InlineData(6)]
    public async Task Windows_with_a_cache_of_indexed_articles_give_the_stories_of_windows_without_one(int maxRecluster)
    {
        var articles = GeneratedStoryCorpus.Articles();
        var limits = IncrementalClusteringOptions.Default with { BatchSize = 4, MaxRecluster = maxRecluster };
        var (plain, plainStories) = await StoryStoreWithAsync([.. articles]);
        var (cached, cachedStories) = await StoryStoreWithAsync([.. articles]);
        var cache = new IndexedArticleCache();

        foreach (var window in articles.Chunk(6))
        {
            var ids = window.Select(a => a.Id).ToArray();
            await IncrementalStories.UpdateAsync(plain, plainStories, null, limits, ids);
            await IncrementalStories.UpdateAsync(cached, cachedStories, null, limits, ids, cache);
        }

        var expected = await CollectAsync(plainStories.ListStoryAssignmentsAsync());
        Assert.Equal(articles.Count, expected.Count);
        Assert.True(expected.Select(a => a.StoryId).Distinct().Count() > 3, "the corpus should make several stories");
        Assert.Equal(expected, await CollectAsync(cachedStories.ListStoryAssignmentsAsync()));
        Assert.True(cache.Hits > 0, "later windows should find earlier windows' articles in the cache");
    }

    [Fact]
    public async Task A_cache_finds_the_index_changed_by_another_catch_up_and_reads_it_again()
    {
        var articles = GeneratedStoryCorpus.Articles(seed: 5);
        var limits = IncrementalClusteringOptions.Default with { BatchSize = 4 };
        var (plain, plainStories) = await StoryStoreWithAsync([.. articles]);
        var (shared, sharedStories) = await StoryStoreWithAsync([.. articles]);
        var cache = new IndexedArticleCache();

        var windows = articles.Chunk(8).ToList();
        for (var w = 0; w < windows.Count; w++)
        {
            var ids = windows[w].Select(a => a.Id).ToArray();
            await IncrementalStories.UpdateAsync(plain, plainStories, null, limits, ids);

            // Every third window is clustered by another process, which this cache does not see.
            await IncrementalStories.UpdateAsync(shared, sharedStories, null, limits, ids, w % 3 == 1 ? null : cache);
        }

        Assert.Equal(await CollectAsync(plainStories.ListStoryAssignmentsAsync()), await CollectAsync(sharedStories.ListStoryAssignmentsAsync()));
    }

    [Fact]
    public async Task Counting_topic_members_agrees_with_listing_them_and_stops_at_the_limit()
    {
        var articles = GeneratedStoryCorpus.Articles();
        var (store, stories) = await StoryStoreWithAsync([.. articles]);
        await IncrementalStories.UpdateAsync(store, stories);
        var assignments = await CollectAsync(stories.ListStoryAssignmentsAsync());
        var topics = assignments.GroupBy(a => a.TopicId).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        Assert.True(topics.Count >= 2, "the corpus should make at least two topics");
        var two = topics.Take(2).ToList();
        var both = assignments.Count(a => two.Contains(a.TopicId));

        Assert.Equal(both, await stories.CountTopicMembersAsync(two, 1_000));
        Assert.Equal((await stories.ListTopicMembersAsync(two, 1_000)).Count, await stories.CountTopicMembersAsync(two, 1_000));
        Assert.Equal(5, await stories.CountTopicMembersAsync(two, 5));
        Assert.Equal(0, await stories.CountTopicMembersAsync(["t-none"], 10));
        Assert.Equal(0, await stories.CountTopicMembersAsync([], 10));
    }
}
