using NewsTrace.Storage;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Tests.Web;

/// <summary>The cached story list follows the store: new articles and story decisions made by another process.</summary>
public sealed class StoryCacheTests
{
    [Fact]
    public async Task A_story_decision_made_elsewhere_rebuilds_the_cached_stories()
    {
        var path = TestStores.NewDatabasePath();
        await using var store = await TestStores.OpenAsync(path);
        await TestStores.IngestAsync(store, TestStores.SampleCorpus());
        using var cache = new StoryCache(store, new WebAppOptions(), TimeProvider.System);
        var before = await cache.GetAsync();
        var largest = before.Stories.OrderByDescending(s => s.Articles.Count).First();

        // As `newstrace stories split` would from another process: no article count changes.
        await ((IStoryDecisionStore)store).AddStoryDecisionAsync(new StoryDecision(
            StoryDecisionKind.Split, [largest.Articles[^1].Id], [.. largest.Articles.Select(a => a.Id)]));
        var after = await cache.RefreshAsync();

        Assert.Equal(before.Stories.Count + 1, after.Stories.Count);
        Assert.Contains(after.Stories, s => s.Articles.Count == 1 && s.Articles[0].Id == largest.Articles[^1].Id);
    }
}
