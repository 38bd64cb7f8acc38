using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NewsTrace.Storage.Sqlite;

/// <summary>
/// The embedded article store: one SQLite file in WAL mode. All writes go through a single connection guarded
/// by a semaphore, one transaction per batch; reads use their own pooled connections, so they never wait for
/// a batch to commit and always see whole batches.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    /// <summary>Shortest id prefix <see cref="GetAsync"/> resolves: shorter ones match too many articles to be meant.</summary>
    public const int MinimumPrefixLength = 4;

    // bm25 column weights (title, text): a word in the headline says more about the article than one in the body.
    private const double TitleWeight = 5.0;
    private const double TextWeight = 1.0;

    // Tokens of context around the best match in a search snippet.
    private const int SnippetTokens = 24;

    private readonly SqliteConnectionFactory _connections;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly FingerprintBandRuns _bandRuns;
    private SqliteConnection? _writer;
    private bool _disposed;

    public SqliteArticleStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnectionFactory(options.Path);
        _bandRuns = new FingerprintBandRuns(options.FingerprintFlushRows, options.FingerprintRunFanout);
    }

    /// <summary>The database file.</summary>
    public string Path => _connections.Path;

    /// <summary>The newest schema version this code knows.</summary>
    public static int SupportedSchemaVersion => MigrationCatalog.LatestVersion;

    /// <summary>Opens (creating or migrating as needed) the store at <paramref name="path"/>.</summary>
    public static async Task<SqliteArticleStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var store = new SqliteArticleStore(new SqliteStoreOptions(path));
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (_writer is not null)
            {
                return;
            }

            var writer = await _connections.OpenAsync(cancellationToken);
            try
            {
                await SqliteConnectionFactory.EnableWriteAheadLogAsync(writer, cancellationToken);
                await SqliteConnectionFactory.SpillWriterSortsToDiskAsync(writer, cancellationToken);
                await SchemaMigrator.MigrateAsync(writer, MigrationCatalog.All, Path, cancellationToken);
            }
            catch
            {
                await writer.DisposeAsync();
                throw;
            }

            _writer = writer;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // One JSON array parameter instead of one parameter per id: no limit on how many ids a call may ask about.
        command.CommandText = "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    public async Task<WriteOutcome> WriteBatchAsync(IReadOnlyList<StoredArticle> articles, IReadOnlyList<IngestFailure> failures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(failures);
        if (articles.Count == 0 && failures.Count == 0)
        {
            return new WriteOutcome(0, 0);
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireWriter();
            await using var transaction = writer.BeginTransaction(deferred: false);
            using var failureCommands = new FailureCommands(writer, transaction);
            foreach (var failure in failures)
            {
                await failureCommands.RecordAsync(failure, cancellationToken);
            }

            var added = 0;
            var ingestedAt = StoreTime.ToText(DateTimeOffset.UtcNow);
            using (var insert = new ArticleInsertCommand(writer, transaction))
            using (var sources = new SourceCommand(writer, transaction))
            {
                foreach (var article in articles)
                {
                    if (await insert.InsertAsync(article, ingestedAt, cancellationToken))
                    {
                        added++;
                    }

                    await sources.RecordAsync(new ArticleSource(article.Id, article.Metadata.Source, article.Metadata.RecordId), cancellationToken);

                    // The source produced an article now (new or already known), so its earlier failures are history.
                    await failureCommands.ClearAsync(article.Metadata.Source, cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            return new WriteOutcome(added, articles.Count - added);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<StoredArticle?> GetAsync(string idOrPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);
        if (idOrPrefix.Length == 0)
        {
            return null;
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        var exact = await ReadArticleAsync(connection, idOrPrefix, cancellationToken);
        if (exact is not null || idOrPrefix.Length < MinimumPrefixLength)
        {
            return exact;
        }

        var id = await FindUniqueIdByPrefixAsync(connection, idOrPrefix, cancellationToken);
        return id is null ? null : await ReadArticleAsync(connection, id, cancellationToken);
    }

    public async IAsyncEnumerable<ArticleSummary> ListAsync(ArticleQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT ").Append(ArticleRowReader.SummaryColumns).Append(" FROM articles WHERE 1 = 1");
        if (query.Site is not null)
        {
            sql.Append(" AND site = $site");
            command.Parameters.AddWithValue("$site", query.Site);
        }

        if (query.PublishedFrom is not null)
        {
            sql.Append(" AND published_day >= $from");
            command.Parameters.AddWithValue("$from", query.PublishedFrom);
        }

        if (query.PublishedTo is not null)
        {
            sql.Append(" AND published_day <= $to");
            command.Parameters.AddWithValue("$to", query.PublishedTo);
        }

        // LIMIT -1 is SQLite for "no limit".
        sql.Append(" ORDER BY published_day NULLS LAST, id LIMIT $limit OFFSET $offset");
        command.Parameters.AddWithValue("$limit", query.Limit == 0 ? -1 : query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        command.CommandText = sql.ToString();

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ArticleRowReader.ReadSummary(reader);
        }
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return SearchAsync(new SearchQuery(query) { Limit = limit }, cancellationToken);
    }

    public async IAsyncEnumerable<IngestFailure> ListFailuresAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, reason, at FROM ingest_failures ORDER BY at DESC, id DESC";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new IngestFailure(reader.GetString(0), reader.GetString(1), StoreTime.FromText(reader.GetString(2)));
        }
    }

    public async Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*), count(DISTINCT text_hash), count(DISTINCT site), coalesce(sum(length), 0),
                   min(published_day), max(published_day), (SELECT count(*) FROM ingest_failures)
            FROM articles
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The statistics query returned no row.");
        }

        return new CorpusStatistics(
            reader.GetInt32(0),
            reader.GetInt32(1),
            reader.GetInt32(2),
            reader.GetInt64(3),
            ArticleRowReader.NullableString(reader, 4),
            ArticleRowReader.NullableString(reader, 5),
            reader.GetInt32(6));
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _writeLock.WaitAsync();
        try
        {
            if (_writer is not null)
            {
                await _writer.DisposeAsync();
                _writer = null;
            }
        }
        finally
        {
            _writeLock.Release();
        }

        _writeLock.Dispose();

        // Pooled connections keep the file (and its -wal and -shm companions) open; close them so callers can move or delete it.
        _connections.ClearPool();
    }

    private static async Task<StoredArticle?> ReadArticleAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + ArticleRowReader.ArticleColumns + " FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ArticleRowReader.ReadArticle(reader) : null;
    }

    private static async Task<string?> FindUniqueIdByPrefixAsync(SqliteConnection connection, string prefix, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();

        // The range makes the primary-key index find the candidates (ids compare as UTF-8 bytes, and U+10FFFF
        // sorts after every other character); substr() makes the match exact. Two rows are enough to know it is ambiguous.
        command.CommandText = """
            SELECT id FROM articles
            WHERE id >= $prefix AND id < $prefix || char(1114111) AND substr(id, 1, length($prefix)) = $prefix
            ORDER BY id
            LIMIT 2
            """;
        command.Parameters.AddWithValue("$prefix", prefix);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var matches = new List<string>(2);
        while (await reader.ReadAsync(cancellationToken))
        {
            matches.Add(reader.GetString(0));
        }

        return matches.Count == 1 ? matches[0] : null;
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Volatile.Read(ref _writer) is null)
        {
            throw new InvalidOperationException($"The store at '{Path}' is not initialised; call {nameof(InitializeAsync)} first.");
        }

        return await _connections.OpenAsync(cancellationToken);
    }

    private SqliteConnection RequireWriter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ?? throw new InvalidOperationException($"The store at '{Path}' is not initialised; call {nameof(InitializeAsync)} first.");
    }
}
