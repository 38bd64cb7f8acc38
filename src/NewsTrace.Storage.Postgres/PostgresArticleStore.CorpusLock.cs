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
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock($1, hashtext(current_schema() || ':' || $2))", connection))
        {
            take.Parameters.AddWithValue(StepLockNamespace);
            take.Parameters.AddWithValue(name);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await action(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock($1, hashtext(current_schema() || ':' || $2))", connection);
            release.Parameters.AddWithValue(StepLockNamespace);
            release.Parameters.AddWithValue(name);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
