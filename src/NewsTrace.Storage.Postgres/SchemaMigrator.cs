using Npgsql;

namespace NewsTrace.Storage.Postgres;

/// <summary>
/// Brings a schema up to the latest migration in ONE transaction that first takes a transaction-scoped advisory
/// lock keyed by the schema name. Several workers starting at once against a new database queue on that lock;
/// the first applies the migrations, the others then find nothing left to do. PostgreSQL DDL is transactional,
/// so a migration that fails leaves no half-built schema behind.
/// </summary>
internal static class SchemaMigrator
{
    // First half of the two-part advisory lock key: "NT" in ASCII, so NewsTrace's locks do not collide with another
    // application's single-key locks on the same database. The second half is the schema's hash.
    private const int LockNamespace = 0x4E54;

    /// <summary>Creates the schema when it is named and missing, then applies what is missing; returns the versions applied.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(
        NpgsqlDataSource dataSource,
        string? schema,
        IReadOnlyList<Migration> migrations,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1, hashtext(coalesce($2, current_schema(), '')))", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue(LockNamespace);
            lockCommand.Parameters.AddWithValue((object?)schema ?? DBNull.Value);
            lockCommand.Parameters[1].NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text;
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        if (schema is not null)
        {
            // The name was checked to be a plain lower-case identifier, so it needs no quoting.
            await ExecuteAsync(connection, transaction, $"CREATE SCHEMA IF NOT EXISTS {schema}", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer     NOT NULL PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        int current;
        var done = new HashSet<int>();
        await using (var versionCommand = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction))
        await using (var versions = await versionCommand.ExecuteReaderAsync(cancellationToken))
        {
            while (await versions.ReadAsync(cancellationToken))
            {
                done.Add(versions.GetInt32(0));
            }

            current = done.Count == 0 ? 0 : done.Max();
        }

        var supported = migrations[^1].Version;
        if (current > supported)
        {
            throw new PostgresSchemaTooNewException(schema ?? connection.Database, current, supported);
        }

        var applied = new List<int>();
        foreach (var migration in migrations)
        {
            // By version, not by the highest one applied: a migration numbered below one already applied (0004 arriving
            // after 0006 in a merge) is still applied once.
            if (done.Contains(migration.Version))
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", connection, transaction))
            {
                record.Parameters.AddWithValue(migration.Version);
                record.Parameters.AddWithValue(migration.Name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            applied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
