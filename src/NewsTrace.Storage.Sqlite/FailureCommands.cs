using Microsoft.Data.Sqlite;

namespace NewsTrace.Storage.Sqlite;

/// <summary>Prepared statements that record ingest failures and clear them once their source succeeds.</summary>
internal sealed class FailureCommands : IDisposable
{
    private readonly SqliteCommand _record;
    private readonly SqliteCommand _clear;

    public FailureCommands(SqliteConnection connection, SqliteTransaction transaction)
    {
        // The same failure seen again (a rerun) refreshes its time rather than adding a duplicate row.
        _record = Prepare(connection, transaction, """
            INSERT INTO ingest_failures (source, reason, at) VALUES ($source, $reason, $at)
            ON CONFLICT (source, reason) DO UPDATE SET at = excluded.at
            """, "$source", "$reason", "$at");
        _clear = Prepare(connection, transaction, "DELETE FROM ingest_failures WHERE source = $source", "$source");
    }

    public async Task RecordAsync(IngestFailure failure, CancellationToken cancellationToken)
    {
        _record.Parameters["$source"].Value = failure.Source;
        _record.Parameters["$reason"].Value = failure.Reason;
        _record.Parameters["$at"].Value = StoreTime.ToText(failure.At);
        await _record.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ClearAsync(string source, CancellationToken cancellationToken)
    {
        _clear.Parameters["$source"].Value = source;
        await _clear.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose()
    {
        _record.Dispose();
        _clear.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
