namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    private static StoredArticle[] FilteredSearchFixture() =>
    [
        TestArticles.Create("The harbour ferry strike began on Monday.", title: "Ferry strike begins", id: "6000000000000001", site: "coast.example", published: "2024-03-04"),
        TestArticles.Create("Ferry crews kept the strike going into a second week.", title: "Ferry strike goes on", id: "6000000000000002", site: "port.example", published: "2024-03-11"),
        TestArticles.Create("The ferry strike ended after talks through the night.", title: "Ferry strike ends", id: "6000000000000003", site: "coast.example", published: "2024-03-20"),
        TestArticles.Create("A ferry strike was mentioned in a list of past disputes.", title: "Disputes", id: "6000000000000004", site: "bay.example"),
        TestArticles.Create("Snow closed the mountain pass for a day.", title: "Pass closed", id: "6000000000000005", site: "coast.example", published: "2024-03-05"),
    ];

    [Fact]
    public async Task Filtered_search_without_filters_finds_what_plain_search_finds_in_the_same_order()
    {
        var store = await StoreWithAsync(FilteredSearchFixture());
        var search = Assert.IsAssignableFrom<ISearchStore>(store);

        var filtered = await search.SearchAsync(new SearchQuery("ferry strike") { Limit = 10 });
        var plain = await store.SearchAsync("ferry strike", 10);

        Assert.Equal(plain.Select(h => h.Id), filtered.Select(h => h.Id));
        Assert.Equal(4, filtered.Count);
    }

    [Fact]
    public async Task Filtered_search_keeps_the_date_range_inclusive_and_leaves_undated_articles_out()
    {
        var search = Assert.IsAssignableFrom<ISearchStore>(await StoreWithAsync(FilteredSearchFixture()));

        var hits = await search.SearchAsync(new SearchQuery("ferry") { PublishedFrom = "2024-03-04", PublishedTo = "2024-03-11", Limit = 10 });
        var after = await search.SearchAsync(new SearchQuery("ferry") { PublishedFrom = "2024-03-12", Limit = 10 });

        Assert.Equal(["6000000000000001", "6000000000000002"], hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["6000000000000003"], after.Select(h => h.Id));
    }

    [Fact]
    public async Task Filtered_search_matches_any_of_the_sites_given()
    {
        var search = Assert.IsAssignableFrom<ISearchStore>(await StoreWithAsync(FilteredSearchFixture()));

        var one = await search.SearchAsync(new SearchQuery("strike") { Sites = ["coast.example"], Limit = 10 });
        var two = await search.SearchAsync(new SearchQuery("strike") { Sites = ["bay.example", "port.example"], Limit = 10 });

        Assert.Equal(["6000000000000001", "6000000000000003"], one.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["6000000000000002", "6000000000000004"], two.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filtered_search_keeps_to_the_articles_given_and_an_empty_set_matches_nothing()
    {
        var search = Assert.IsAssignableFrom<ISearchStore>(await StoreWithAsync(FilteredSearchFixture()));

        var some = await search.SearchAsync(new SearchQuery("ferry") { ArticleIds = ["6000000000000003", "6000000000000005", "not-stored"], Limit = 10 });
        var none = await search.SearchAsync(new SearchQuery("ferry") { ArticleIds = [], Limit = 10 });

        Assert.Equal(["6000000000000003"], some.Select(h => h.Id));
        Assert.Empty(none);
    }

    [Fact]
    public async Task Filtered_search_applies_the_filters_before_the_limit()
    {
        var search = Assert.IsAssignableFrom<ISearchStore>(await StoreWithAsync(FilteredSearchFixture()));

        // The best-ranked hits overall are elsewhere; the one allowed must still come back with a limit of one.
        var hits = await search.SearchAsync(new SearchQuery("ferry strike") { Sites = ["bay.example"], Limit = 1 });

        var hit = Assert.Single(hits);
        Assert.Equal("6000000000000004", hit.Id);
        Assert.Contains(SearchHit.HighlightStart.ToString(), hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_combine_with_and()
    {
        var search = Assert.IsAssignableFrom<ISearchStore>(await StoreWithAsync(FilteredSearchFixture()));

        var hits = await search.SearchAsync(new SearchQuery("strike")
        {
            Sites = ["coast.example", "port.example"],
            PublishedTo = "2024-03-15",
            ArticleIds = ["6000000000000002", "6000000000000003"],
            Limit = 10,
        });

        Assert.Equal(["6000000000000002"], hits.Select(h => h.Id));
    }
}
