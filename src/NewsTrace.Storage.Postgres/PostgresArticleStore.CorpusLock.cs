using Npgsql;

namespace NewsTrace.Storage.Postgres;

/// <summary>Corpus-level steps one process at a time: a session advisory lock per step name and schema.</summary>
public sealed partial class PostgresArticleStore : ICorpusLock
{
    // "NU": a namespace of its own, apart from the migrator's ("NT"), so a step's lock never waits on a migration's.
    private const int StepLockNamespace = 0x4E55;

    public async Task RunExclusiveAsync(string name, Func<CancellationToken, Task> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(action);
        RequireInitialized();

        // The lock lives as long as this connection's session holds it: a process killed while running the step
        // loses its connection, and the server releases the lock with it.
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await LockCommandAsync(connection, "pg_advisory_lock", name, cancellationToken);
        try
        {
            await action(cancellationToken);
        }
        finally
        {
            await LockCommandAsync(connection, "pg_advisory_unlock", name, CancellationToken.None);
        }
    }

    public async Task<bool> TryRunExclusiveAsync(string name, Func<CancellationToken, Task> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(action);
        RequireInitialized();

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (!await LockCommandAsync(connection, "pg_try_advisory_lock", name, cancellationToken))
        {
            return false;
        }

        try
        {
            await action(cancellationToken);
            return true;
        }
        finally
        {
            await LockCommandAsync(connection, "pg_advisory_unlock", name, CancellationToken.None);
        }
    }

    /// <summary>
    /// Calls one of the advisory lock functions (a fixed name, never user input) on the step's key: true unless it was
    /// <c>pg_try_advisory_lock</c> and another session holds the lock.
    /// </summary>
    private static async Task<bool> LockCommandAsync(NpgsqlConnection connection, string function, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}($1, hashtext(current_schema() || ':' || $2))", connection);
        command.Parameters.AddWithValue(StepLockNamespace);
        command.Parameters.AddWithValue(name);
        // pg_advisory_lock returns void and pg_advisory_unlock a boolean that is false only for a lock not held (which
        // cannot happen here): only the try form answers the question.
        var answer = await command.ExecuteScalarAsync(cancellationToken);
        return function != "pg_try_advisory_lock" || answer is true;
    }
}
