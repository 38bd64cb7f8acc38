using Microsoft.Data.Sqlite;

namespace NewsTrace.Storage.Sqlite;

/// <summary>Opens pooled connections to one database file with the settings every connection needs.</summary>
internal sealed class SqliteConnectionFactory
{
    // Per-connection settings (they are not stored in the file). busy_timeout: how long a statement waits for
    // another connection's lock before failing with SQLITE_BUSY. synchronous NORMAL is safe with WAL: a power cut
    // can lose the last commits but never corrupts the database. The negative cache size is in KiB: 16 MiB per connection.
    private const string ConnectionPragmas = """
        PRAGMA foreign_keys = ON;
        PRAGMA busy_timeout = 5000;
        PRAGMA synchronous = NORMAL;
        PRAGMA cache_size = -16384;
        PRAGMA temp_store = MEMORY;
        """;

    public SqliteConnectionFactory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Switches the file to write-ahead logging: readers never block the writer, and a killed process leaves
    /// only whole committed transactions. The mode is stored in the file, so this runs once per open store.
    /// </summary>
    public static async Task EnableWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused write-ahead logging for this database (journal mode is '{mode}').");
        }
    }

    /// <summary>
    /// Lets the writer's sorts spill to temporary files instead of memory: merging LSH band runs sorts millions of rows
    /// (migration 0011), which in memory would cost hundreds of megabytes at a million articles. Readers keep sorting in
    /// memory; their sorts are small.
    /// </summary>
    public static async Task SpillWriterSortsToDiskAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA temp_store = FILE";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Closes the idle pooled connections so the file can be moved or deleted.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
