namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    private static StoredArticle[] ListingFixture() =>
    [
        TestArticles.Create("Undated wire copy.", id: "0000000000000009", site: "wire.example"),
        TestArticles.Create("Late October evening.", id: "000000000000000b", site: "a.example", published: "2023-10-30T21:00-04:00"),
        TestArticles.Create("Mid October, second id.", id: "0000000000000005", site: "b.example", published: "2023-10-15T07:00"),
        TestArticles.Create("Mid October, first id.", id: "0000000000000003", site: "a.example", published: "2023-10-15"),
        TestArticles.Create("Early October.", id: "0000000000000007", site: "a.example", published: "2023-10-01T12:00:00Z"),
        TestArticles.Create("September.", id: "0000000000000001", site: "b.example", published: "2023-09-29"),
        TestArticles.Create("Another undated one.", id: "0000000000000002"),
    ];

    [Fact]
    public async Task List_orders_by_publish_day_then_id_with_undated_articles_last()
    {
        var store = await StoreWithAsync(ListingFixture());

        var listed = await CollectAsync(store.ListAsync(new ArticleQuery()));

        Assert.Equal(
            ["0000000000000001", "0000000000000007", "0000000000000003", "0000000000000005", "000000000000000b", "0000000000000002", "0000000000000009"],
            listed.Select(s => s.Id));
    }

    [Fact]
    public async Task List_summaries_carry_the_article_fields()
    {
        var article = TestArticles.Full();
        var store = await StoreWithAsync(article);

        var summary = Assert.Single(await CollectAsync(store.ListAsync(new ArticleQuery())));

        Assert.Equal(
            new ArticleSummary(
                article.Id,
                article.Metadata.Source,
                article.Metadata.RecordId,
                article.Metadata.Title,
                article.Metadata.Site,
                article.Metadata.Url,
                "2023-10-19T08:30:15+09:00",
                article.Text.Length,
                article.TextHash),
            summary);
    }

    [Fact]
    public async Task List_filters_by_site()
    {
        var store = await StoreWithAsync(ListingFixture());

        var listed = await CollectAsync(store.ListAsync(new ArticleQuery { Site = "a.example" }));

        Assert.Equal(["0000000000000007", "0000000000000003", "000000000000000b"], listed.Select(s => s.Id));
    }

    [Fact]
    public async Task List_filters_by_an_inclusive_publish_day_range_on_the_local_day()
    {
        var store = await StoreWithAsync(ListingFixture());

        var october = await CollectAsync(store.ListAsync(new ArticleQuery { PublishedFrom = "2023-10-01", PublishedTo = "2023-10-30" }));
        var fromMid = await CollectAsync(store.ListAsync(new ArticleQuery { PublishedFrom = "2023-10-15" }));
        var toMid = await CollectAsync(store.ListAsync(new ArticleQuery { PublishedTo = "2023-10-15", Site = "b.example" }));

        // 21:00 at -04:00 is already 31 October in UTC; the source's own day is what counts.
        Assert.Equal(["0000000000000007", "0000000000000003", "0000000000000005", "000000000000000b"], october.Select(s => s.Id));
        Assert.Equal(["0000000000000003", "0000000000000005", "000000000000000b"], fromMid.Select(s => s.Id));
        Assert.Equal(["0000000000000001", "0000000000000005"], toMid.Select(s => s.Id));
    }

    [Fact]
    public async Task List_pages_are_stable_and_cover_everything_once()
    {
        var store = await StoreWithAsync(ListingFixture());
        var all = await CollectAsync(store.ListAsync(new ArticleQuery()));

        var paged = new List<ArticleSummary>();
        for (var offset = 0; offset < all.Count + 3; offset += 3)
        {
            paged.AddRange(await CollectAsync(store.ListAsync(new ArticleQuery { Offset = offset, Limit = 3 })));
        }

        Assert.Equal(all.Select(s => s.Id), paged.Select(s => s.Id));
        Assert.Equal(2, (await CollectAsync(store.ListAsync(new ArticleQuery { Offset = 5, Limit = 0 }))).Count);
        Assert.Empty(await CollectAsync(store.ListAsync(new ArticleQuery { Offset = 100 })));
    }

    [Fact]
    public async Task List_can_be_abandoned_part_way_and_the_store_stays_usable()
    {
        var store = await StoreWithAsync(ListingFixture());

        await foreach (var summary in store.ListAsync(new ArticleQuery()))
        {
            Assert.Equal("0000000000000001", summary.Id);
            break;
        }

        Assert.Equal(new WriteOutcome(1, 0), await store.WriteBatchAsync([TestArticles.Create("Written after a partial listing.")], []));
    }

    [Fact]
    public async Task List_of_an_empty_store_is_empty()
    {
        var store = await NewStoreAsync();

        Assert.Empty(await CollectAsync(store.ListAsync(new ArticleQuery { Site = "nowhere.example" })));
        Assert.Empty(await CollectAsync(store.ListAsync(new ArticleQuery())));
    }
}
