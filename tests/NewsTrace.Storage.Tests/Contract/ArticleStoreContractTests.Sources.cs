using NewsTrace.Documents;

namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    [Fact]
    public async Task A_written_article_has_its_own_source_recorded()
    {
        var article = TestArticles.Create("Sourced text") with { Metadata = new ArticleMetadata { Source = "feed.jsonl#3", RecordId = "rec-3" } };
        var store = await StoreWithAsync(article);

        var source = Assert.Single(await CollectAsync(store.ListSourcesAsync()));

        Assert.Equal(new ArticleSource(article.Id, "feed.jsonl#3", "rec-3"), source);
        Assert.Equal("rec-3", source.Reference);
    }

    [Fact]
    public async Task The_same_article_from_another_file_keeps_both_sources_and_one_article()
    {
        var original = TestArticles.Create("Identical bytes") with { Metadata = new ArticleMetadata { Source = "pages/a.html" } };
        var copy = original with { Metadata = new ArticleMetadata { Source = "pages/copy-of-a.html" } };
        var store = await NewStoreAsync();

        var outcome = await store.WriteBatchAsync([original, copy], []);
        await store.RecordSourcesAsync([new ArticleSource(original.Id, "mirror/a.html", null)]);
        await store.RecordSourcesAsync([new ArticleSource(original.Id, "mirror/a.html", null)]);

        Assert.Equal(new WriteOutcome(1, 1), outcome);
        Assert.Equal(
            ["mirror/a.html", "pages/a.html", "pages/copy-of-a.html"],
            (await CollectAsync(store.ListSourcesAsync())).Select(s => s.Source));
        Assert.Equal(1, (await store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task Recording_a_source_clears_that_source_s_earlier_failures()
    {
        var article = TestArticles.Create("Recovered");
        var store = await StoreWithAsync(article);
        await store.WriteBatchAsync([], [new IngestFailure("retry/a.html", "disk error", DateTimeOffset.UnixEpoch)]);

        await store.RecordSourcesAsync([new ArticleSource(article.Id, "retry/a.html", null)]);

        Assert.Empty(await CollectAsync(store.ListFailuresAsync()));
    }
}
