using NewsTrace.Stories.Features;

namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    private static readonly IReadOnlyDictionary<string, TermCount> HarbourTerms = new Dictionary<string, TermCount>(StringComparer.Ordinal)
    {
        ["harbour"] = new(3, TermClass.Word),
        ["ferry"] = new(2, TermClass.Word),
        ["Dorvan".ToLowerInvariant()] = new(1, TermClass.Name),
        ["2023"] = new(1, TermClass.Number),
    };

    private static readonly IReadOnlyDictionary<string, TermCount> FerryTerms = new Dictionary<string, TermCount>(StringComparer.Ordinal)
    {
        ["ferry"] = new(1, TermClass.Word),
        ["night"] = new(2, TermClass.Word),
    };

    [Fact]
    public async Task A_new_store_has_an_empty_story_index_and_every_article_waits_for_a_story_in_date_then_id_order()
    {
        var (store, stories) = await StoryStoreWithAsync(
            TestArticles.Create("Undated report about the harbour.", id: "a-undated"),
            TestArticles.Create("Later report about the harbour.", id: "b-later", published: "2023-10-20"),
            TestArticles.Create("Earlier report about the harbour.", id: "c-earlier", published: "2023-10-19"),
            TestArticles.Create("Same day, smaller id.", id: "a-same-day", published: "2023-10-20"));

        Assert.Equal(new StoryIndexState(0, 0), await stories.GetStoryIndexStateAsync());
        Assert.Equal(["c-earlier", "a-same-day", "b-later", "a-undated"], (await stories.ListUnassignedAsync(10)).Select(a => a.Id));
        Assert.Equal(["c-earlier", "a-same-day"], (await stories.ListUnassignedAsync(2)).Select(a => a.Id));
        Assert.Empty(await CollectAsync(stories.ListStoryAssignmentsAsync()));
        Assert.NotNull(store);
    }

    [Fact]
    public async Task An_update_indexes_its_articles_counts_their_terms_and_assigns_them()
    {
        var (_, stories) = await StoryStoreWithAsync(
            TestArticles.Create("Harbour text.", id: "h1", published: "2023-10-19", title: "Harbour"),
            TestArticles.Create("Ferry text.", id: "f1", published: "2023-10-20"));

        Assert.True(await stories.ApplyStoryUpdateAsync(new StoryUpdate(0,
            [new StoryIndexEntry("h1", HarbourTerms, ["harbour", "dorvan"]), new StoryIndexEntry("f1", FerryTerms, ["night"])],
            [new StoryAssignment("h1", "s1", "t1", 0.9, true), new StoryAssignment("f1", "s1", "t1", 0.5, false)])));

        Assert.Equal(new StoryIndexState(1, 2), await stories.GetStoryIndexStateAsync());
        Assert.Empty(await stories.ListUnassignedAsync(10));
        var frequencies = await stories.GetDocumentFrequenciesAsync(["ferry", "harbour", "2023", "missing"]);
        Assert.Equal(2, frequencies["ferry"]);
        Assert.Equal(1, frequencies["harbour"]);
        Assert.Equal(1, frequencies["2023"]);
        Assert.False(frequencies.ContainsKey("missing"));

        var indexed = await stories.GetIndexedArticlesAsync(["h1", "f1", "nope"]);
        Assert.Equal(["f1", "h1"], indexed.Select(a => a.Article.Id));
        Assert.Equal(HarbourTerms.OrderBy(p => p.Key, StringComparer.Ordinal), indexed[1].Terms.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(new StoryAssignment("h1", "s1", "t1", 0.9, true), indexed[1].Assignment);
        Assert.Equal("Harbour", indexed[1].Article.Title);
        Assert.Equal(
            [new StoryAssignment("f1", "s1", "t1", 0.5, false), new StoryAssignment("h1", "s1", "t1", 0.9, true)],
            await CollectAsync(stories.ListStoryAssignmentsAsync()));
    }

    [Fact]
    public async Task The_term_index_finds_the_most_recently_indexed_articles_first_and_at_most_the_limit()
    {
        var (_, stories) = await StoryStoreWithAsync(
            TestArticles.Create("One.", id: "x1"), TestArticles.Create("Two.", id: "x2"), TestArticles.Create("Three.", id: "x3"));
        await stories.ApplyStoryUpdateAsync(new StoryUpdate(0, [new StoryIndexEntry("x2", FerryTerms, ["ferry", "night"])], [new StoryAssignment("x2", "s2", "t1", 1, true)]));
        await stories.ApplyStoryUpdateAsync(new StoryUpdate(1, [new StoryIndexEntry("x1", FerryTerms, ["ferry"])], [new StoryAssignment("x1", "s1", "t1", 1, true)]));
        await stories.ApplyStoryUpdateAsync(new StoryUpdate(2, [new StoryIndexEntry("x3", HarbourTerms, ["ferry"])], [new StoryAssignment("x3", "s3", "t3", 1, true)]));

        var postings = await stories.FindArticlesByTermsAsync(["ferry", "night", "absent"], perTerm: 2);

        Assert.Equal([new TermPosting("ferry", "x3"), new TermPosting("ferry", "x1")], postings.Where(p => p.Term == "ferry"));
        Assert.Equal([new TermPosting("night", "x2")], postings.Where(p => p.Term == "night"));
        Assert.DoesNotContain(postings, p => p.Term == "absent");
        Assert.Equal(3, (await stories.GetDocumentFrequenciesAsync(["ferry"]))["ferry"]);
    }

    [Fact]
    public async Task An_update_from_a_stale_version_is_refused_and_changes_nothing()
    {
        var (_, stories) = await StoryStoreWithAsync(TestArticles.Create("One.", id: "x1"), TestArticles.Create("Two.", id: "x2"));
        await stories.ApplyStoryUpdateAsync(new StoryUpdate(0, [new StoryIndexEntry("x1", FerryTerms, ["ferry"])], [new StoryAssignment("x1", "s1", "t1", 1, true)]));

        var applied = await stories.ApplyStoryUpdateAsync(new StoryUpdate(0, [new StoryIndexEntry("x2", FerryTerms, ["ferry"])], [new StoryAssignment("x2", "s2", "t2", 1, true)]));

        Assert.False(applied);
        Assert.Equal(new StoryIndexState(1, 1), await stories.GetStoryIndexStateAsync());
        Assert.Equal(["x2"], (await stories.ListUnassignedAsync(10)).Select(a => a.Id));
        Assert.Equal(1, (await stories.GetDocumentFrequenciesAsync(["ferry"]))["ferry"]);
    }

    [Fact]
    public async Task Reassigning_indexed_articles_moves_them_and_members_list_by_topic_and_by_story()
    {
        var (_, stories) = await StoryStoreWithAsync(TestArticles.Create("One.", id: "x1"), TestArticles.Create("Two.", id: "x2"), TestArticles.Create("Three.", id: "x3"));
        await stories.ApplyStoryUpdateAsync(new StoryUpdate(0,
            [new StoryIndexEntry("x1", FerryTerms, []), new StoryIndexEntry("x2", FerryTerms, [])],
            [new StoryAssignment("x1", "s1", "t1", 1, true), new StoryAssignment("x2", "s2", "t2", 1, true)]));

        await stories.ApplyStoryUpdateAsync(new StoryUpdate(1,
            [new StoryIndexEntry("x3", HarbourTerms, [])],
            [new StoryAssignment("x3", "s1", "t1", 0.7, false), new StoryAssignment("x2", "s1", "t1", 0.6, false)]));

        Assert.Equal(["x1", "x2", "x3"], (await stories.ListTopicMembersAsync(["t1", "t2"], 10)).Select(a => a.ArticleId));
        Assert.Equal(["x1", "x2"], (await stories.ListTopicMembersAsync(["t1"], 2)).Select(a => a.ArticleId));
        Assert.Empty(await stories.ListTopicMembersAsync(["t2"], 10));
        Assert.Equal(["x3", "x2"], (await stories.ListStoryMembersAsync(["s1"], 2)).Select(a => a.ArticleId));
        Assert.Equal(["x3", "x2", "x1"], (await stories.ListRecentTopicMembersAsync(["t1", "t2"], 5)).Select(a => a.ArticleId));
        Assert.Equal(["x3"], (await stories.ListRecentTopicMembersAsync(["t1"], 1)).Select(a => a.ArticleId));
        Assert.Equal(new StoryAssignment("x2", "s1", "t1", 0.6, false), (await stories.ListStoryMembersAsync(["s1", "s9"], 5)).Single(a => a.ArticleId == "x2"));
        Assert.Equal(new HashSet<string>(["s1", "t1"]), (await stories.FindClusterIdsInUseAsync(["s1", "t1", "s2", "t2", "s9"])).ToHashSet());
    }

    [Fact]
    public async Task Reassigning_an_article_that_is_not_indexed_is_an_error_and_changes_nothing()
    {
        var (_, stories) = await StoryStoreWithAsync(TestArticles.Create("One.", id: "x1"), TestArticles.Create("Two.", id: "x2"));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => stories.ApplyStoryUpdateAsync(new StoryUpdate(0,
            [new StoryIndexEntry("x1", FerryTerms, ["ferry"])],
            [new StoryAssignment("x1", "s1", "t1", 1, true), new StoryAssignment("x2", "s1", "t1", 1, false)])));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => stories.ApplyStoryUpdateAsync(new StoryUpdate(0, [new StoryIndexEntry("x1", FerryTerms, [])], [])));

        Assert.Equal(new StoryIndexState(0, 0), await stories.GetStoryIndexStateAsync());
        Assert.Equal(2, (await stories.ListUnassignedAsync(10)).Count);
    }

    [Fact]
    public async Task Articles_written_after_an_update_wait_for_a_story_and_rewriting_an_indexed_one_does_not()
    {
        var (store, stories) = await StoryStoreWithAsync(TestArticles.Create("One.", id: "x1"));
        await stories.ApplyStoryUpdateAsync(new StoryUpdate(0, [new StoryIndexEntry("x1", FerryTerms, [])], [new StoryAssignment("x1", "s1", "t1", 1, true)]));

        await store.WriteBatchAsync([TestArticles.Create("One.", id: "x1"), TestArticles.Create("Two.", id: "x2")], []);

        Assert.Equal(["x2"], (await stories.ListUnassignedAsync(10)).Select(a => a.Id));
    }

    [Fact]
    public async Task The_story_lock_is_held_until_its_handle_is_disposed()
    {
        var (_, stories) = await StoryStoreWithAsync();
        var first = await stories.LockStoriesAsync();
        var second = stories.LockStoriesAsync();

        await Task.Delay(100);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await using var held = await second.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private async Task<(IArticleStore Store, IStoryStore Stories)> StoryStoreWithAsync(params StoredArticle[] articles)
    {
        var store = await StoreWithAsync(articles);
        return (store, Assert.IsAssignableFrom<IStoryStore>(store));
    }
}
