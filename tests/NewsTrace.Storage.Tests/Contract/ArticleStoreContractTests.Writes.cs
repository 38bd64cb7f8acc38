using System.Collections.Immutable;
using System.Text;
using NewsTrace.Documents;

namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    [Fact]
    public async Task Every_field_of_a_full_article_round_trips()
    {
        var article = TestArticles.Full();
        var store = await StoreWithAsync(article);

        ArticleAssert.Equal(article, await store.GetAsync(article.Id));
    }

    [Fact]
    public async Task Missing_fields_come_back_missing_and_empty_lists_come_back_empty()
    {
        var article = new StoredArticle("bare000000000001", new ArticleMetadata { Source = "-" }, "", TestArticles.HashOf(""), "{}");
        var store = await StoreWithAsync(article);

        var stored = await store.GetAsync(article.Id);

        ArticleAssert.Equal(article, stored);
        Assert.Null(stored!.Metadata.Title);
        Assert.Null(stored.Metadata.Published);
        Assert.Empty(stored.Metadata.Authors);
        Assert.Empty(stored.Metadata.Extra);
        Assert.Empty(stored.StageFailures);
    }

    [Theory]
    [InlineData("2023-10-19")]
    [InlineData("2023-10-19T08:30")]
    [InlineData("2023-10-19T08:30:15")]
    [InlineData("2023-10-19T08:30+09:00")]
    [InlineData("2023-10-19T23:59:59-05:00")]
    [InlineData("2023-10-19T00:15:00Z")]
    [InlineData("2023-10-19T06:00+05:45")]
    public async Task Publish_dates_keep_their_precision_and_offset(string iso)
    {
        var article = TestArticles.Create("Dated article " + iso, published: iso);
        var store = await StoreWithAsync(article);

        var stored = await store.GetAsync(article.Id);

        Assert.Equal(article.Metadata.Published, stored!.Metadata.Published);
        Assert.Equal(TestArticles.Date(iso).ToString(), stored.Metadata.Published!.Value.ToString());
    }

    [Fact]
    public async Task Unicode_text_and_metadata_round_trip_byte_for_byte()
    {
        var composed = "Café in Zürich: Dvořák".Normalize(NormalizationForm.FormC);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        var text = "Пресс-служба мэрии сообщила о новом маршруте. 🚋🎉 " + composed + " / " + decomposed + " — 東京 · שלום";
        var article = TestArticles.Create(text, title: "Новый маршрут 🚋") with
        {
            Metadata = new ArticleMetadata
            {
                Source = "fixtures/юникод.jsonl#1",
                Title = "Новый маршрут 🚋",
                Authors = ["Анна Петрова", decomposed],
                Site = "новости.example",
                Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("рубрика", "Город 🏙")]),
            },
        };
        var store = await StoreWithAsync(article);

        var stored = await store.GetAsync(article.Id);

        ArticleAssert.Equal(article, stored);
        Assert.Contains(decomposed, stored!.Text, StringComparison.Ordinal);
        Assert.Contains(composed, stored.Text, StringComparison.Ordinal);
        Assert.Equal(decomposed, stored.Metadata.Authors[1]);
    }

    [Fact]
    public async Task A_batch_reports_new_and_already_known_articles()
    {
        var first = TestArticles.Create("First article about the river.");
        var second = TestArticles.Create("Second article about the bridge.");
        var third = TestArticles.Create("Third article about the tunnel.");
        var store = await NewStoreAsync();

        Assert.Equal(new WriteOutcome(2, 0), await store.WriteBatchAsync([first, second], []));
        Assert.Equal(new WriteOutcome(0, 2), await store.WriteBatchAsync([first, second], []));
        Assert.Equal(new WriteOutcome(1, 2), await store.WriteBatchAsync([second, third, first], []));
        Assert.Equal(3, (await store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task The_same_id_twice_in_one_batch_is_added_once()
    {
        var article = TestArticles.Create("Repeated input line.");
        var store = await NewStoreAsync();

        Assert.Equal(new WriteOutcome(1, 1), await store.WriteBatchAsync([article, article], []));
        Assert.Equal(1, (await store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task An_already_stored_article_is_left_as_it_was()
    {
        var original = TestArticles.Create("Original body text.", title: "Original headline");
        var store = await StoreWithAsync(original);
        var impostor = TestArticles.Create("A different body.", title: "Changed headline", id: original.Id);

        Assert.Equal(new WriteOutcome(0, 1), await store.WriteBatchAsync([impostor], []));

        ArticleAssert.Equal(original, await store.GetAsync(original.Id));
        var hits = await store.SearchAsync("changed", 10);
        Assert.Empty(hits);
    }

    [Fact]
    public async Task An_empty_batch_changes_nothing()
    {
        var store = await NewStoreAsync();

        Assert.Equal(new WriteOutcome(0, 0), await store.WriteBatchAsync([], []));
        Assert.Equal(0, (await store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task FindExisting_returns_exactly_the_stored_ids()
    {
        var stored = Enumerable.Range(0, 300).Select(i => TestArticles.Create($"Stored article number {i}.")).ToArray();
        var store = await StoreWithAsync(stored);
        var asked = stored.Where((_, i) => i % 3 == 0).Select(a => a.Id)
            .Concat(Enumerable.Range(0, 2000).Select(i => $"unknown{i:D9}"))
            .ToArray();

        var found = await store.FindExistingAsync(asked);

        Assert.Equal(stored.Where((_, i) => i % 3 == 0).Select(a => a.Id).Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Empty(await store.FindExistingAsync([]));
    }

    [Fact]
    public async Task A_rerun_of_an_interrupted_ingest_adds_only_what_is_missing()
    {
        var all = Enumerable.Range(0, 50).Select(i => TestArticles.Create($"Ingest item {i} with its own text.")).ToArray();
        var store = await StoreWithAsync(all[..20]);

        var existing = await store.FindExistingAsync(all.Select(a => a.Id).ToArray());
        var missing = all.Where(a => !existing.Contains(a.Id)).ToArray();
        var outcome = await store.WriteBatchAsync(all, []);

        Assert.Equal(30, missing.Length);
        Assert.Equal(new WriteOutcome(30, 20), outcome);
        Assert.Equal(50, (await store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task A_batch_that_fails_part_way_stores_nothing_of_itself()
    {
        var store = await StoreWithAsync(TestArticles.Create("Stored before the failing batch."));
        var good = TestArticles.Create("Good article in a bad batch.", source: "in/good.html");
        var broken = TestArticles.Create("Article whose analysis is not JSON.") with { AnalysisJson = "{not json" };

        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteBatchAsync(
            [good, broken],
            [new IngestFailure("in/bad.html", "empty page", DateTimeOffset.UnixEpoch)]));

        var statistics = await store.GetStatisticsAsync();
        Assert.Equal(1, statistics.Articles);
        Assert.Equal(0, statistics.Failures);
        Assert.Null(await store.GetAsync(good.Id));
        Assert.Equal(new WriteOutcome(1, 0), await store.WriteBatchAsync([good], []));
    }

    [Fact]
    public async Task Invalid_arguments_are_rejected()
    {
        var store = await NewStoreAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SearchAsync("budget", 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CollectAsync(store.ListAsync(new ArticleQuery { Offset = -1 })));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CollectAsync(store.ListAsync(new ArticleQuery { Limit = -1 })));
    }
}
