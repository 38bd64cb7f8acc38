using Microsoft.Data.Sqlite;

namespace NewsTrace.Storage.Sqlite;

/// <summary>
/// Keeps the LSH band index as sorted runs (migration 0011): flushes the pending band rows into a new run and merges
/// runs level by level, so every row is copied a few times in key order instead of inserted at random into one index
/// that outgrows the cache. All methods run on the writer connection inside the caller's transaction.
/// </summary>
internal sealed class FingerprintBandRuns(int flushRows, int fanout)
{
    /// <summary>Pending rows that trigger a flush after a write (about 3,000 articles at 84 bands each).</summary>
    public const int DefaultFlushRows = 262_144;

    /// <summary>Runs of one level merged into one run of the next level.</summary>
    public const int DefaultFanout = 8;

    public int FlushRows { get; } = flushRows > 0 ? flushRows : throw new ArgumentOutOfRangeException(nameof(flushRows), flushRows, "The flush size must be positive.");

    public int Fanout { get; } = fanout > 1 ? fanout : throw new ArgumentOutOfRangeException(nameof(fanout), fanout, "A merge needs at least two runs.");

    /// <summary>
    /// Rows waiting in the pending table, or a few more: the largest rowid, read from the end of the table instead of
    /// counting it. Rows leave the table all at once (a flush) or, rarely, one article's at a time (a replaced
    /// fingerprint), so the figure is exact or overstates by the replaced rows until the next flush.
    /// </summary>
    public static async Task<long> PendingRowsAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(rowid), 0) FROM fingerprint_band_pending";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Flushes when the pending rows reached <see cref="FlushRows"/>, then merges full levels.</summary>
    public async Task FlushIfFullAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (await PendingRowsAsync(connection, transaction, cancellationToken) >= FlushRows)
        {
            await FlushAsync(connection, transaction, cancellationToken);
        }
    }

    /// <summary>Copies every pending row, sorted, into a new level-0 run, empties the pending table, and merges full levels.</summary>
    public async Task FlushAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var runId = await NextRunIdAsync(connection, transaction, cancellationToken);
        var copied = await ExecuteAsync(connection, transaction, """
            INSERT OR IGNORE INTO fingerprint_band_entries (run_id, scheme_id, band, band_key, article_id)
            SELECT $run, scheme_id, band, band_key, article_id FROM fingerprint_band_pending
            ORDER BY scheme_id, band, band_key, article_id
            """, runId, cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM fingerprint_band_pending", null, cancellationToken);
        if (copied > 0)
        {
            await AddRunAsync(connection, transaction, runId, 0, cancellationToken);
            await MergeFullLevelsAsync(connection, transaction, cancellationToken);
        }
    }

    /// <summary>While some level holds <see cref="Fanout"/> runs, merges them into one run of the level above.</summary>
    private async Task MergeFullLevelsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        for (var level = 0; ; level++)
        {
            var runs = await RunsAtLevelAsync(connection, transaction, level, cancellationToken);
            if (runs.Count < Fanout)
            {
                return;
            }

            var merged = await NextRunIdAsync(connection, transaction, cancellationToken);
            var list = string.Join(',', runs);
            // The run ids are integers read from the table, so writing them into the statement is safe.
            await ExecuteAsync(connection, transaction, $"""
                INSERT OR IGNORE INTO fingerprint_band_entries (run_id, scheme_id, band, band_key, article_id)
                SELECT $run, scheme_id, band, band_key, article_id FROM fingerprint_band_entries WHERE run_id IN ({list})
                ORDER BY scheme_id, band, band_key, article_id
                """, merged, cancellationToken);
            await ExecuteAsync(connection, transaction, $"DELETE FROM fingerprint_band_entries WHERE run_id IN ({list})", null, cancellationToken);
            await ExecuteAsync(connection, transaction, $"DELETE FROM fingerprint_band_runs WHERE run_id IN ({list})", null, cancellationToken);
            await AddRunAsync(connection, transaction, merged, level + 1, cancellationToken);
        }
    }

    private static async Task<List<long>> RunsAtLevelAsync(SqliteConnection connection, SqliteTransaction transaction, int level, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT run_id FROM fingerprint_band_runs WHERE level = $level ORDER BY run_id";
        command.Parameters.AddWithValue("$level", level);
        var runs = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(reader.GetInt64(0));
        }

        return runs;
    }

    private static async Task<long> NextRunIdAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Greater than every run id ever used (entries of a deleted run are gone with it), so a new run's rows sort last.
        command.CommandText = "SELECT coalesce(max(run_id), 0) + 1 FROM (SELECT max(run_id) AS run_id FROM fingerprint_band_runs UNION ALL SELECT max(run_id) FROM fingerprint_band_entries)";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task AddRunAsync(SqliteConnection connection, SqliteTransaction transaction, long runId, int level, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO fingerprint_band_runs (run_id, level) VALUES ($run, $level)";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$level", level);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, long? runId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (runId is { } run)
        {
            command.Parameters.AddWithValue("$run", run);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
