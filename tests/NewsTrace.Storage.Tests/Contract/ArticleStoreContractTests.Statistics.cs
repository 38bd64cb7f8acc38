namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    [Fact]
    public async Task Statistics_of_an_empty_store_are_zero()
    {
        var store = await NewStoreAsync();

        Assert.Equal(new CorpusStatistics(0, 0, 0, 0, null, null, 0), await store.GetStatisticsAsync());
    }

    [Fact]
    public async Task Statistics_count_articles_texts_sites_characters_days_and_failures()
    {
        var store = await NewStoreAsync();
        await store.WriteBatchAsync(
            [
                TestArticles.Create("Copied wire story.", id: "7000000000000001", site: "one.example", published: "2023-10-19T08:30+09:00"),
                TestArticles.Create("Copied wire story.", id: "7000000000000002", site: "two.example", published: "2023-10-02"),
                TestArticles.Create("Original 🚋 report.", id: "7000000000000003", site: "one.example", published: "2023-11-30T23:00-05:00"),
                TestArticles.Create("No site, no date."),
            ],
            [new IngestFailure("in/x.html", "empty page", DateTimeOffset.UnixEpoch)]);

        var statistics = await store.GetStatisticsAsync();

        // Characters are UTF-16 code units, the unit of every stored span: the emoji counts as two.
        Assert.Equal(
            new CorpusStatistics(
                Articles: 4,
                DistinctTexts: 3,
                Sites: 2,
                Characters: (2 * "Copied wire story.".Length) + "Original 🚋 report.".Length + "No site, no date.".Length,
                EarliestPublished: "2023-10-02",
                LatestPublished: "2023-11-30",
                Failures: 1),
            statistics);
    }
}
