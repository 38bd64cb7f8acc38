using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace NewsTrace.Storage.Postgres;

/// <summary>
/// The shared article store on PostgreSQL. Every call takes a pooled connection from one
/// <see cref="NpgsqlDataSource"/>; each batch is one transaction, so any number of processes on any number of
/// machines can write and read the same database, and a process killed at any moment leaves whole batches only.
/// </summary>
public sealed partial class PostgresArticleStore : IArticleStore
{
    /// <summary>Shortest id prefix <see cref="GetAsync"/> resolves: shorter ones match too many articles to be meant.</summary>
    public const int MinimumPrefixLength = 4;

    // Words of context in a search snippet (ts_headline counts words, FTS5 tokens: about the same).
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=24, MinWords=12, ShortWord=0, HighlightAll=false";

    // The snippet comes from the indexed part of the text.
    private const int IndexedCharacters = TsVectorBuilder.IndexedCharacters;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string? _schema;
    private int _initialized;
    private bool _serverHasLz4;
    private bool _disposed;

    public PostgresArticleStore(PostgresStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlDataSourceBuilder(PostgresConnectionString.Normalize(options.ConnectionString));
        _schema = options.Schema ?? FirstSchemaOf(builder.ConnectionStringBuilder.SearchPath);
        if (_schema is not null)
        {
            if (!PlainIdentifier().IsMatch(_schema))
            {
                throw new ArgumentException($"The schema name '{_schema}' must be a lower-case identifier (letters a-z, digits, underscores; at most 63).", nameof(options));
            }

            builder.ConnectionStringBuilder.SearchPath = _schema;
        }

        builder.ConnectionStringBuilder.ApplicationName ??= "newstrace";
        _dataSource = builder.Build();
    }

    /// <summary>The schema the tables live in, or null for the server's default.</summary>
    public string? Schema => _schema;

    /// <summary>The newest schema version this code knows.</summary>
    public static int SupportedSchemaVersion => MigrationCatalog.LatestVersion;

    /// <summary>Opens (creating or migrating as needed) the store that <paramref name="options"/> name.</summary>
    public static async Task<PostgresArticleStore> OpenAsync(PostgresStoreOptions options, CancellationToken cancellationToken = default)
    {
        var store = new PostgresArticleStore(options);
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
        if (Volatile.Read(ref _initialized) == 1)
        {
            return;
        }

        // Safe to run twice at once: the migrator serialises on an advisory lock and re-reads the version under it.
        await SchemaMigrator.MigrateAsync(_dataSource, _schema, MigrationCatalog.All, cancellationToken);
        await using (var lz4 = _dataSource.CreateCommand(
            "SELECT EXISTS (SELECT FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals))"))
        {
            _serverHasLz4 = (bool)(await lz4.ExecuteScalarAsync(cancellationToken))!;
        }

        Volatile.Write(ref _initialized, 1);
    }

    public async Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        // One array parameter instead of one parameter per id: no limit on how many ids a call may ask about.
        await using var command = CreateCommand("SELECT id FROM articles WHERE id = ANY($1)");
        command.Parameters.AddWithValue(ids.ToArray());
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

        RequireInitialized();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = await ArticleBatchWriter.WriteAsync(connection, transaction, articles, failures, _serverHasLz4, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WriteOutcome(added.Count, articles.Count - added.Count);
    }

    public async Task<StoredArticle?> GetAsync(string idOrPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);

        // PostgreSQL text cannot hold NUL, so no stored id contains one.
        if (idOrPrefix.Length == 0 || idOrPrefix.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        RequireInitialized();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
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

        await using var command = CreateCommand("");
        var sql = new StringBuilder("SELECT ").Append(ArticleRowReader.SummaryColumns).Append(" FROM articles WHERE true");
        if (query.Site is not null)
        {
            command.Parameters.AddWithValue(query.Site);
            sql.Append(" AND site = $").Append(command.Parameters.Count);
        }

        if (query.PublishedFrom is not null)
        {
            command.Parameters.AddWithValue(query.PublishedFrom);
            sql.Append(" AND published_day >= $").Append(command.Parameters.Count);
        }

        if (query.PublishedTo is not null)
        {
            command.Parameters.AddWithValue(query.PublishedTo);
            sql.Append(" AND published_day <= $").Append(command.Parameters.Count);
        }

        // LIMIT NULL is PostgreSQL for "no limit".
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = query.Limit == 0 ? DBNull.Value : query.Limit });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = query.Offset });
        sql.Append(" ORDER BY published_day NULLS LAST, id LIMIT $").Append(command.Parameters.Count - 1)
            .Append(" OFFSET $").Append(command.Parameters.Count);
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
        await using var command = CreateCommand("SELECT source, reason, at FROM ingest_failures ORDER BY at DESC, id DESC");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new IngestFailure(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2));
        }
    }

    public async Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand("""
            SELECT count(*)::integer, count(DISTINCT text_hash)::integer, count(DISTINCT site)::integer,
                   coalesce(sum(length), 0)::bigint, min(published_day), max(published_day),
                   (SELECT count(*)::integer FROM ingest_failures)
            FROM articles
            """);
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
        await _dataSource.DisposeAsync();
    }

    private static async Task<StoredArticle?> ReadArticleAsync(NpgsqlConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT " + ArticleRowReader.ArticleColumns + " FROM articles WHERE id = $1", connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ArticleRowReader.ReadArticle(reader) : null;
    }

    private static async Task<string?> FindUniqueIdByPrefixAsync(NpgsqlConnection connection, string prefix, CancellationToken cancellationToken)
    {
        // The range lets the primary-key index (collation "C": byte order, and U+10FFFF sorts after every other
        // character) find the candidates; left() makes the match exact. Two rows are enough to know it is ambiguous.
        await using var command = new NpgsqlCommand("""
            SELECT id FROM articles
            WHERE id >= $1 AND id < $1 || chr(1114111) AND left(id, char_length($1)) = $1
            ORDER BY id
            LIMIT 2
            """, connection);
        command.Parameters.AddWithValue(prefix);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var matches = new List<string>(2);
        while (await reader.ReadAsync(cancellationToken))
        {
            matches.Add(reader.GetString(0));
        }

        return matches.Count == 1 ? matches[0] : null;
    }

    private static string? FirstSchemaOf(string? searchPath)
    {
        var first = searchPath?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is null || first.StartsWith('$') ? null : first;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainIdentifier();

    /// <summary>A command on the data source: it takes a pooled connection when executed and returns it when disposed.</summary>
    private NpgsqlCommand CreateCommand(string sql)
    {
        RequireInitialized();
        return _dataSource.CreateCommand(sql);
    }

    private void RequireInitialized()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Volatile.Read(ref _initialized) == 0)
        {
            throw new InvalidOperationException($"The PostgreSQL store is not initialised; call {nameof(InitializeAsync)} first.");
        }
    }
}
