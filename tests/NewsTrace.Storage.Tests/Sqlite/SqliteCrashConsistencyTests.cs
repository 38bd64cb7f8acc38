using Microsoft.Data.Sqlite;
using NewsTrace.Storage.Sqlite;
using NewsTrace.Storage.Tests.Contract;

namespace NewsTrace.Storage.Tests.Sqlite;

/// <summary>
/// A process killed mid-batch must leave only whole batches behind, and a rerun must end where a clean run ends.
/// The kill is simulated in two ways: a transaction abandoned without commit, and a copy of the database files
/// taken while a large transaction has already spilled uncommitted pages into the write-ahead log.
/// </summary>
public sealed class SqliteCrashConsistencyTests : IDisposable
{
    private const int BatchSize = 64;

    private static readonly StoredArticle[] Corpus = Enumerable.Range(0, 300)
        .Select(i => TestArticles.Create(
            $"Dispatch {i}: the regional transit authority published timetable revision {i % 17} for line {i % 9}. " + new string('x', 2000 + i),
            title: $"Timetable revision {i % 17}",
            site: $"site{i % 4}.example",
            published: $"2023-10-{1 + (i % 28):D2}T{i % 24:D2}:15+02:00",
            source: $"feed.jsonl#{i}"))
        .ToArray();

    private static readonly IngestFailure[] FinalFailures =
        [new IngestFailure("feed.jsonl#9999", "invalid JSON", DateTimeOffset.UnixEpoch)];

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task An_abandoned_transaction_leaves_nothing_partial_and_a_rerun_matches_a_clean_run()
    {
        var clean = await CleanRunAsync();
        var path = _directory.NewDatabasePath("interrupted");
        await WriteBatchesAsync(path, Corpus[..(2 * BatchSize)]);

        using (var connection = RawSqlite.Open(path))
        {
            using var transaction = connection.BeginTransaction();
            InsertArticles(connection, transaction, Corpus[(2 * BatchSize)..(3 * BatchSize)]);
            using (var failure = connection.CreateCommand())
            {
                failure.Transaction = transaction;
                failure.CommandText = "INSERT INTO ingest_failures (source, reason, at) VALUES ('partial', 'never committed', '2024-01-01')";
                failure.ExecuteNonQuery();
            }

            // Disposed without commit, as when the process dies here.
        }

        await AssertOnlyWholeBatchesAsync(path, 2 * BatchSize);
        await AssertRerunMatchesCleanRunAsync(path, clean);
    }

    [Fact]
    public async Task Uncommitted_pages_already_in_the_log_are_ignored_after_a_kill()
    {
        var clean = await CleanRunAsync();
        var path = _directory.NewDatabasePath("live");
        var snapshot = _directory.NewDatabasePath("killed");
        await WriteBatchesAsync(path, Corpus[..BatchSize]);

        using (var connection = RawSqlite.Open(path))
        {
            // A tiny page cache forces SQLite to spill the open transaction's pages into the -wal file before commit.
            RawSqlite.Execute(connection, "PRAGMA cache_size = 8");
            var walBefore = new FileInfo(path + "-wal").Length;
            using var transaction = connection.BeginTransaction();
            InsertArticles(connection, transaction, Corpus[BatchSize..]);
            Assert.True(new FileInfo(path + "-wal").Length > walBefore, "The open transaction should have spilled pages into the log.");

            // What a crash would leave on disk: the database and its log; the shared-memory index is rebuilt on open.
            File.Copy(path, snapshot);
            File.Copy(path + "-wal", snapshot + "-wal");
        }

        await AssertOnlyWholeBatchesAsync(snapshot, BatchSize);
        await AssertRerunMatchesCleanRunAsync(snapshot, clean);
    }

    private async Task<IReadOnlyList<StoredArticle>> CleanRunAsync()
    {
        var path = _directory.NewDatabasePath("clean");
        await WriteBatchesAsync(path, Corpus);
        await using var store = await SqliteArticleStore.OpenAsync(path);
        return await ContentsAsync(store);
    }

    /// <summary>Writes like an ingest run: batch after batch, the failures with the last one. Returns how many were added.</summary>
    private static async Task<int> WriteBatchesAsync(string path, IReadOnlyList<StoredArticle> articles)
    {
        await using var store = await SqliteArticleStore.OpenAsync(path);
        var batches = articles.Chunk(BatchSize).ToArray();
        var added = 0;
        for (var index = 0; index < batches.Length; index++)
        {
            var outcome = await store.WriteBatchAsync(batches[index], index == batches.Length - 1 ? FinalFailures : []);
            added += outcome.Added;
        }

        return added;
    }

    private static async Task AssertOnlyWholeBatchesAsync(string path, int committedArticles)
    {
        await using var store = await SqliteArticleStore.OpenAsync(path);
        var statistics = await store.GetStatisticsAsync();

        Assert.Equal(committedArticles, statistics.Articles);
        Assert.Equal(Corpus[..committedArticles].Select(a => a.Id).Order(StringComparer.Ordinal), (await ContentsAsync(store)).Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(await ListFailuresAsync(store), f => f.Source == "partial");
        Assert.Equal("ok", RawSqlite.Scalar(path, "PRAGMA integrity_check"));
        RawSqlite.Execute(path, "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
    }

    private static async Task AssertRerunMatchesCleanRunAsync(string path, IReadOnlyList<StoredArticle> clean)
    {
        var before = RawSqlite.Count(path, "articles");
        var added = await WriteBatchesAsync(path, Corpus);
        await using var store = await SqliteArticleStore.OpenAsync(path);

        var contents = await ContentsAsync(store);
        Assert.Equal(clean.Count, contents.Count);
        for (var index = 0; index < clean.Count; index++)
        {
            ArticleAssert.Equal(clean[index], contents[index]);
        }

        Assert.Equal(Corpus.Length - before, added);
        Assert.Equal(FinalFailures, await ListFailuresAsync(store));
        var hits = await store.SearchAsync("\"timetable revision 5\"", 100);
        Assert.Equal(Corpus.Count(a => a.Metadata.Title == "Timetable revision 5"), hits.Count);
        RawSqlite.Execute(path, "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
    }

    private static async Task<IReadOnlyList<StoredArticle>> ContentsAsync(SqliteArticleStore store)
    {
        var contents = new List<StoredArticle>();
        await foreach (var summary in store.ListAsync(new ArticleQuery()))
        {
            contents.Add((await store.GetAsync(summary.Id))!);
        }

        return contents;
    }

    private static async Task<List<IngestFailure>> ListFailuresAsync(SqliteArticleStore store)
    {
        var failures = new List<IngestFailure>();
        await foreach (var failure in store.ListFailuresAsync())
        {
            failures.Add(failure);
        }

        return failures;
    }

    /// <summary>Inserts rows the way a batch does, inside a transaction the caller never commits.</summary>
    private static void InsertArticles(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<StoredArticle> articles)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO articles (id, doc_number, source, title, text, text_hash, length, ingested_at)
            VALUES ($id, (SELECT coalesce(max(doc_number), 0) + 1 FROM articles), $source, $title, $text, $hash, $length, '2024-01-01')
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var source = command.Parameters.Add("$source", SqliteType.Text);
        var title = command.Parameters.Add("$title", SqliteType.Text);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        var hash = command.Parameters.Add("$hash", SqliteType.Text);
        var length = command.Parameters.Add("$length", SqliteType.Integer);
        foreach (var article in articles)
        {
            id.Value = article.Id;
            source.Value = article.Metadata.Source;
            title.Value = article.Metadata.Title;
            text.Value = article.Text;
            hash.Value = article.TextHash;
            length.Value = article.Text.Length;
            command.ExecuteNonQuery();
        }
    }
}
