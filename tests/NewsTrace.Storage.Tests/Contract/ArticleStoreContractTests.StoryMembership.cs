using NewsTrace.Stories.Incremental;

namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    [Fact]
    public async Task Membership_read_in_index_order_answers_every_membership_question_as_the_store_does()
    {
        var articles = GeneratedStoryCorpus.Articles(seed: 7);
        var (store, stories) = await StoryStoreWithAsync([.. articles]);
        var limits = IncrementalClusteringOptions.Default with { BatchSize = 5, MaxRecluster = 8 };
        foreach (var window in articles.Chunk(7))
        {
            await IncrementalStories.UpdateAsync(store, stories, null, limits, window.Select(a => a.Id).ToArray());
        }

        var loaded = new StoryMembershipIndex();
        loaded.Load(await CollectAsync(stories.ListAssignmentsInIndexOrderAsync()));

        Assert.Equal(articles.Count, loaded.Count);
        await AssertSameMembershipAsync(stories, loaded);
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(6)]
    public async Task Membership_followed_through_the_updates_of_a_catch_up_stays_the_stores(int maxRecluster)
    {
        var articles = GeneratedStoryCorpus.Articles(seed: 3);
        var (store, stories) = await StoryStoreWithAsync([.. articles]);
        var limits = IncrementalClusteringOptions.Default with { BatchSize = 4, MaxRecluster = maxRecluster };
        var cache = new IndexedArticleCache();
        foreach (var window in articles.Chunk(6))
        {
            await IncrementalStories.UpdateAsync(store, stories, null, limits, window.Select(a => a.Id).ToArray(), cache);
        }

        Assert.True(cache.Membership.IsLoaded, "a catch-up from an empty index knows the whole membership from the start");
        Assert.Equal(articles.Count, cache.Membership.Count);
        await AssertSameMembershipAsync(stories, cache.Membership);
    }

    [Fact]
    public async Task A_cache_reads_the_whole_membership_after_a_few_undisturbed_updates_and_not_before()
    {
        var articles = GeneratedStoryCorpus.Articles(seed: 9);
        var (store, stories) = await StoryStoreWithAsync([.. articles]);
        var limits = IncrementalClusteringOptions.Default with { BatchSize = 4 };
        var windows = articles.Chunk(4).ToList();

        // The index is not empty when this cache first sees it, so it cannot know the membership yet.
        await IncrementalStories.UpdateAsync(store, stories, null, limits, windows[0].Select(a => a.Id).ToArray());
        var cache = new IndexedArticleCache();
        await IncrementalStories.UpdateAsync(store, stories, null, limits, windows[1].Select(a => a.Id).ToArray(), cache);
        Assert.False(cache.Membership.IsLoaded);

        foreach (var window in windows.Skip(2))
        {
            await IncrementalStories.UpdateAsync(store, stories, null, limits, window.Select(a => a.Id).ToArray(), cache);
        }

        Assert.True(cache.Membership.IsLoaded);
        await AssertSameMembershipAsync(stories, cache.Membership);
    }

    private static async Task AssertSameMembershipAsync(IStoryStore stories, StoryMembershipIndex memory)
    {
        var assignments = await CollectAsync(stories.ListStoryAssignmentsAsync());
        var topics = assignments.Select(a => a.TopicId).Distinct().Order(StringComparer.Ordinal).ToList();
        var storyIds = assignments.Select(a => a.StoryId).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(topics.Count >= 2 && storyIds.Count > topics.Count, "the corpus should make several topics and stories");
        string[] unknown = ["t-none"];

        foreach (var limit in new[] { 1, 3, 1_000 })
        {
            Assert.Equal(await stories.ListRecentTopicMembersAsync(topics, limit), memory.ListRecentTopicMembers(topics, limit));
            Assert.Equal(await stories.ListStoryMembersAsync(storyIds, limit), memory.ListRecentStoryMembers(storyIds, limit));
            Assert.Equal(await stories.ListTopicMembersAsync(topics, limit), memory.ListTopicMembers(topics, limit));
            Assert.Equal(await stories.CountTopicMembersAsync(topics, limit), memory.CountTopicMembers(topics, limit));
            foreach (var topic in topics)
            {
                string[] one = [topic, topic];
                Assert.Equal(await stories.ListTopicMembersAsync(one, limit), memory.ListTopicMembers(one, limit));
                Assert.Equal(await stories.CountTopicMembersAsync(one, limit), memory.CountTopicMembers(one, limit));
            }
        }

        Assert.Empty(memory.ListRecentTopicMembers(unknown, 5));
        Assert.Equal(0, memory.CountTopicMembers(unknown, 5));
    }
}
