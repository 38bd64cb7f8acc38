using NewsTrace.Storage.Sqlite;
using NewsTrace.Storage.Tests.Contract;

namespace NewsTrace.Storage.Tests.Sqlite;

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Migrations_apply_once_and_are_recorded()
    {
        var path = _directory.NewDatabasePath();

        await (await SqliteArticleStore.OpenAsync(path)).DisposeAsync();
        var first = RawSqlite.Migrations(path);
        await (await SqliteArticleStore.OpenAsync(path)).DisposeAsync();
        var second = RawSqlite.Migrations(path);

        Assert.Equal(SqliteArticleStore.SupportedSchemaVersion, first[^1].Version);
        Assert.Equal(first.Select(m => m.Version).Distinct().Order(), first.Select(m => m.Version));
        Assert.Equal("initial", first[0].Name);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Initialize_may_be_called_again_on_an_open_store()
    {
        var path = _directory.NewDatabasePath();
        await using var store = await SqliteArticleStore.OpenAsync(path);

        await store.InitializeAsync();

        Assert.Equal(SqliteArticleStore.SupportedSchemaVersion, RawSqlite.Migrations(path).Max(m => m.Version));
    }

    [Fact]
    public async Task Concurrent_openers_of_a_new_database_apply_each_migration_once()
    {
        var path = _directory.NewDatabasePath();
        Task<SqliteArticleStore>[] openers;
        using (var blocker = RawSqlite.Open(path))
        {
            // Hold the write lock so every opener queues up, then let them all race for it at once.
            RawSqlite.Execute(blocker, "PRAGMA journal_mode = WAL");
            RawSqlite.Execute(blocker, "BEGIN IMMEDIATE");
            openers = Enumerable.Range(0, 6).Select(_ => Task.Run(() => SqliteArticleStore.OpenAsync(path))).ToArray();
            await Task.Delay(300);
            RawSqlite.Execute(blocker, "COMMIT");
        }

        foreach (var store in await Task.WhenAll(openers))
        {
            await store.DisposeAsync();
        }

        Assert.Equal(SqliteArticleStore.SupportedSchemaVersion, RawSqlite.Migrations(path).Max(m => m.Version));
    }

    [Fact]
    public async Task Reopening_a_database_keeps_its_articles_and_failures()
    {
        var path = _directory.NewDatabasePath();
        var article = TestArticles.Full();
        await using (var store = await SqliteArticleStore.OpenAsync(path))
        {
            await store.WriteBatchAsync([article], [new IngestFailure("in/other.html", "empty page", DateTimeOffset.UnixEpoch)]);
        }

        await using var reopened = await SqliteArticleStore.OpenAsync(path);

        ArticleAssert.Equal(article, await reopened.GetAsync(article.Id));
        Assert.Single(await reopened.SearchAsync("ferry", 5));
        Assert.Equal(1, (await reopened.GetStatisticsAsync()).Failures);
        Assert.Equal(new WriteOutcome(0, 1), await reopened.WriteBatchAsync([article], []));
    }

    [Fact]
    public async Task A_database_with_a_newer_schema_is_refused_with_a_clear_message()
    {
        var path = _directory.NewDatabasePath();
        await (await SqliteArticleStore.OpenAsync(path)).DisposeAsync();
        var newer = SqliteArticleStore.SupportedSchemaVersion + 1;
        RawSqlite.Execute(path, $"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({newer}, 'from_the_future', '2030-01-01')");

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => SqliteArticleStore.OpenAsync(path));

        Assert.Equal(newer, error.DatabaseVersion);
        Assert.Equal(SqliteArticleStore.SupportedSchemaVersion, error.SupportedVersion);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("Upgrade NewsTrace", error.Message, StringComparison.Ordinal);
        Assert.Equal(newer, RawSqlite.Migrations(path).Max(m => m.Version));
    }

    [Fact]
    public async Task The_database_uses_write_ahead_logging()
    {
        var path = _directory.NewDatabasePath();
        await (await SqliteArticleStore.OpenAsync(path)).DisposeAsync();

        Assert.Equal("wal", RawSqlite.Scalar(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Using_a_store_before_initialising_it_fails_clearly()
    {
        await using var store = new SqliteArticleStore(new SqliteStoreOptions(_directory.NewDatabasePath()));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetStatisticsAsync());

        Assert.Contains("InitializeAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_text_index_stays_consistent_with_the_articles()
    {
        var path = _directory.NewDatabasePath();
        await using var store = await SqliteArticleStore.OpenAsync(path);
        await store.WriteBatchAsync([TestArticles.Full(), TestArticles.Create("Second article text.")], []);
        await store.WriteBatchAsync([TestArticles.Full(), TestArticles.Create("Third article text.")], []);

        // Raises SQLITE_CORRUPT_VTAB when the index and the content table disagree.
        RawSqlite.Execute(path, "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
        Assert.Equal("ok", RawSqlite.Scalar(path, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Vacuum_keeps_search_results_attached_to_their_articles()
    {
        var path = _directory.NewDatabasePath();
        await using var store = await SqliteArticleStore.OpenAsync(path);
        var articles = Enumerable.Range(0, 20).Select(i => TestArticles.Create($"Harbour report number {i}, tide table {i * 7}.")).ToArray();
        await store.WriteBatchAsync(articles, []);
        RawSqlite.Execute(path, "DELETE FROM articles WHERE id = '" + articles[3].Id + "'");

        RawSqlite.Execute(path, "VACUUM");

        var hit = Assert.Single(await store.SearchAsync("\"tide table 35\"", 5));
        Assert.Equal(articles[5].Id, hit.Id);
    }

    [Fact]
    public async Task Search_ignores_diacritics()
    {
        await using var store = await SqliteArticleStore.OpenAsync(_directory.NewDatabasePath());
        await store.WriteBatchAsync([TestArticles.Create("Le café de la gare a rouvert, dit Dvořák.")], []);

        Assert.Single(await store.SearchAsync("cafe dvorak", 5));
        Assert.Single(await store.SearchAsync("CAFÉ", 5));
    }
}
