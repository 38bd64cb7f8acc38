namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    [Fact]
    public async Task Get_finds_an_article_by_full_id()
    {
        var article = TestArticles.Create("Lookup by full id.");
        var store = await StoreWithAsync(article, TestArticles.Create("Another article."));

        ArticleAssert.Equal(article, await store.GetAsync(article.Id));
    }

    [Fact]
    public async Task Get_finds_an_article_by_a_unique_prefix_of_four_or_more_characters()
    {
        var article = TestArticles.Create("Prefixed one.", id: "a1b2c3d4e5f60718");
        var store = await StoreWithAsync(article, TestArticles.Create("Prefixed two.", id: "a1b2ffffffffffff"));

        ArticleAssert.Equal(article, await store.GetAsync("a1b2c"));
        ArticleAssert.Equal(article, await store.GetAsync("a1b2c3d4e5f6071"));
    }

    [Fact]
    public async Task Get_returns_null_for_an_ambiguous_prefix()
    {
        var store = await StoreWithAsync(
            TestArticles.Create("Ambiguous one.", id: "beef000000000001"),
            TestArticles.Create("Ambiguous two.", id: "beef000000000002"));

        Assert.Null(await store.GetAsync("beef"));
        Assert.Null(await store.GetAsync("beef00000000000"));
        Assert.NotNull(await store.GetAsync("beef000000000002"));
    }

    [Fact]
    public async Task Get_does_not_resolve_prefixes_shorter_than_four_characters()
    {
        var store = await StoreWithAsync(TestArticles.Create("Only article.", id: "c0ffee0000000001"));

        Assert.Null(await store.GetAsync("c0f"));
        Assert.Null(await store.GetAsync(""));
        Assert.NotNull(await store.GetAsync("c0ff"));
    }

    [Fact]
    public async Task Get_prefers_an_exact_id_over_longer_ids_it_prefixes()
    {
        var store = await StoreWithAsync(
            TestArticles.Create("Short id.", id: "dead"),
            TestArticles.Create("Long id.", id: "deadbeef00000001"));

        Assert.Equal("Short id.", (await store.GetAsync("dead"))!.Text);
    }

    [Fact]
    public async Task Get_returns_null_for_unknown_ids_and_treats_pattern_characters_literally()
    {
        var store = await StoreWithAsync(TestArticles.Create("Some article.", id: "abcd000000000001"));

        Assert.Null(await store.GetAsync("0000000000000000"));
        Assert.Null(await store.GetAsync("abc%"));
        Assert.Null(await store.GetAsync("abc_"));
        Assert.Null(await store.GetAsync("ab*d"));
        Assert.Null(await store.GetAsync("ABCD"));
    }
}
