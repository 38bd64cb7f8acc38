using NewsTrace.Storage;
using NewsTrace.Stories.Features;
using NewsTrace.Stories.Incremental;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Stories.Incremental;

public sealed class IndexedArticleCacheTests
{
    private static readonly IStoryStore Store = UnusedStoryStore.Create();

    [Fact]
    public void An_article_added_at_the_current_version_is_found_and_counted_as_a_hit()
    {
        var cache = new IndexedArticleCache();
        cache.Begin(Store, new StoryIndexState(3, 1));
        cache.Add([Indexed("a", "s1")]);

        Assert.True(cache.TryGet("a", out var found));
        Assert.Equal("s1", found.Assignment.StoryId);
        Assert.False(cache.TryGet("b", out _));
        Assert.Equal((1L, 1L), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void Beginning_at_another_version_or_on_another_store_forgets_everything()
    {
        var cache = new IndexedArticleCache();
        cache.Begin(Store, new StoryIndexState(3, 1));
        cache.Add([Indexed("a", "s1")]);

        cache.Begin(Store, new StoryIndexState(3, 1));
        Assert.True(cache.TryGet("a", out _));
        cache.Begin(Store, new StoryIndexState(4, 1));
        Assert.False(cache.TryGet("a", out _));

        cache.Add([Indexed("a", "s1")]);
        cache.Begin(UnusedStoryStore.Create(), new StoryIndexState(4, 1));
        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void An_applied_update_changes_kept_assignments_keeps_the_added_articles_and_moves_to_the_next_version()
    {
        var cache = new IndexedArticleCache();
        cache.Begin(Store, new StoryIndexState(3, 1));
        cache.Add([Indexed("a", "s1"), Indexed("b", "s2")]);

        cache.Applied(
            new StoryUpdate(3, [new StoryIndexEntry("c", Terms, ["quay"])], [Assignment("a", "s9"), Assignment("c", "s9")]),
            [Indexed("c", "s9")]);

        Assert.Equal("s9", Get(cache, "a").Assignment.StoryId);
        Assert.Equal("s2", Get(cache, "b").Assignment.StoryId);
        Assert.Equal("s9", Get(cache, "c").Assignment.StoryId);
        cache.Begin(Store, new StoryIndexState(4, 1));
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void An_update_computed_from_another_version_empties_the_cache()
    {
        var cache = new IndexedArticleCache();
        cache.Begin(Store, new StoryIndexState(3, 1));
        cache.Add([Indexed("a", "s1")]);

        cache.Applied(new StoryUpdate(7, [], [Assignment("a", "s9")]), []);

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Past_its_capacity_it_drops_the_least_recently_used_articles()
    {
        var cache = new IndexedArticleCache(capacity: 4);
        cache.Begin(Store, new StoryIndexState(0, 1));
        cache.Add([Indexed("a", "s"), Indexed("b", "s"), Indexed("c", "s"), Indexed("d", "s")]);
        Assert.True(cache.TryGet("a", out _));

        cache.Add([Indexed("e", "s"), Indexed("f", "s")]);

        Assert.Equal(4, cache.Count);
        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.False(cache.TryGet("c", out _));
        Assert.True(cache.TryGet("f", out _));
    }

    private static readonly IReadOnlyDictionary<string, TermCount> Terms = new Dictionary<string, TermCount>(StringComparer.Ordinal)
    {
        ["quay"] = new TermCount(2, TermClass.Word),
    };

    private static IndexedArticle Get(IndexedArticleCache cache, string id)
        => cache.TryGet(id, out var article) ? article : throw new InvalidOperationException($"{id} is not cached.");

    private static StoryAssignment Assignment(string id, string story) => new(id, story, "t1", 1.0, false);

    private static IndexedArticle Indexed(string id, string story)
        => new(new ArticleSummary(id, $"fixtures/{id}.txt", null, null, null, null, "2024-03-01", 10, "hash"), Assignment(id, story), Terms);
}
