namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    // Whole microseconds: every store can hold these exactly.
    private static readonly DateTimeOffset Noon = new(2024, 3, 5, 12, 0, 0, 123, 456, TimeSpan.Zero);

    [Fact]
    public async Task Failures_are_listed_most_recent_first()
    {
        var store = await NewStoreAsync();
        IngestFailure[] failures =
        [
            new("inbox/a.html", "no text found", Noon),
            new("feed.jsonl#7", "invalid JSON at column 12", Noon.AddMinutes(5)),
            new("inbox/b.pdf", "unsupported format", Noon.AddMinutes(-5)),
        ];

        await store.WriteBatchAsync([], failures);

        Assert.Equal([failures[1], failures[0], failures[2]], await CollectAsync(store.ListFailuresAsync()));
    }

    [Fact]
    public async Task Failure_times_come_back_as_the_same_instant_whatever_the_offset()
    {
        var store = await NewStoreAsync();
        var failure = new IngestFailure("inbox/tokyo.html", "timeout", new DateTimeOffset(2024, 3, 5, 21, 0, 0, TimeSpan.FromHours(9)));

        await store.WriteBatchAsync([], [failure]);

        var stored = Assert.Single(await CollectAsync(store.ListFailuresAsync()));
        Assert.Equal(failure.At.UtcDateTime, stored.At.UtcDateTime);
        Assert.Equal(failure.Reason, stored.Reason);
    }

    [Fact]
    public async Task A_later_success_of_the_same_source_clears_its_failures()
    {
        var store = await NewStoreAsync();
        var article = TestArticles.Create("Eventually extracted.", source: "inbox/flaky.html");
        await store.WriteBatchAsync([], [
            new IngestFailure("inbox/flaky.html", "connection reset", Noon),
            new IngestFailure("inbox/flaky.html", "no text found", Noon.AddMinutes(1)),
            new IngestFailure("inbox/broken.html", "no text found", Noon),
        ]);

        await store.WriteBatchAsync([article], []);

        var remaining = Assert.Single(await CollectAsync(store.ListFailuresAsync()));
        Assert.Equal("inbox/broken.html", remaining.Source);
        Assert.Equal(1, (await store.GetStatisticsAsync()).Failures);
    }

    [Fact]
    public async Task An_already_known_article_from_a_failed_source_also_clears_the_failure()
    {
        var article = TestArticles.Create("Same content, second file.", source: "inbox/first.html");
        var store = await StoreWithAsync(article);
        await store.WriteBatchAsync([], [new IngestFailure("inbox/second.html", "read error", Noon)]);

        var outcome = await store.WriteBatchAsync([article with { Metadata = article.Metadata with { Source = "inbox/second.html" } }], []);

        Assert.Equal(new WriteOutcome(0, 1), outcome);
        Assert.Empty(await CollectAsync(store.ListFailuresAsync()));
    }

    [Fact]
    public async Task A_repeated_failure_is_kept_once_with_its_latest_time()
    {
        var store = await NewStoreAsync();

        await store.WriteBatchAsync([], [new IngestFailure("inbox/a.html", "no text found", Noon)]);
        await store.WriteBatchAsync([], [new IngestFailure("inbox/a.html", "no text found", Noon.AddHours(1))]);

        var failure = Assert.Single(await CollectAsync(store.ListFailuresAsync()));
        Assert.Equal(Noon.AddHours(1), failure.At);
    }

    [Fact]
    public async Task Articles_and_failures_of_one_batch_are_written_together()
    {
        var store = await NewStoreAsync();

        await store.WriteBatchAsync(
            [TestArticles.Create("Good one.", source: "in/good.html")],
            [new IngestFailure("in/bad.html", "empty page", Noon)]);

        var statistics = await store.GetStatisticsAsync();
        Assert.Equal(1, statistics.Articles);
        Assert.Equal(1, statistics.Failures);
    }
}
