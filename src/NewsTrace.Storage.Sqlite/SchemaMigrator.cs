using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsTrace.Storage.Sqlite;

/// <summary>
/// Applies the embedded migrations that a database lacks, each in its own transaction, and records them in
/// <c>schema_migrations</c>. Every migration starts with BEGIN IMMEDIATE, which takes the write lock before
/// looking at what is applied, so two processes opening the same new database never apply a migration twice.
/// </summary>
internal static class SchemaMigrator
{
    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at TEXT    NOT NULL
        )
        """;

    /// <summary>Brings the schema up to the latest migration; returns the versions this call applied.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(
        SqliteConnection connection,
        IReadOnlyList<Migration> migrations,
        string databasePath,
        CancellationToken cancellationToken)
    {
        var supported = migrations[^1].Version;
        var applied = new List<int>();
        foreach (var migration in migrations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // deferred: false is BEGIN IMMEDIATE (Microsoft.Data.Sqlite does the busy waiting).
            await using var transaction = connection.BeginTransaction(deferred: false);
            await ExecuteAsync(connection, transaction, CreateHistoryTable, cancellationToken);

            // Checked inside the locked transaction: another process may have migrated while we waited for the lock.
            var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
            if (current > supported)
            {
                throw new SchemaTooNewException(databasePath, current, supported);
            }

            // By version, not by the highest one applied: a migration numbered below one already applied (0004 arriving
            // after 0005) is still applied once.
            if (await IsAppliedAsync(connection, transaction, migration.Version, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $appliedAt)";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$appliedAt", StoreTime.ToText(DateTimeOffset.UtcNow));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Version);
        }

        return applied;
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }

    private static async Task<bool> IsAppliedAsync(SqliteConnection connection, SqliteTransaction transaction, int version, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM schema_migrations WHERE version = $version";
        command.Parameters.AddWithValue("$version", version);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt64(result, CultureInfo.InvariantCulture) > 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
