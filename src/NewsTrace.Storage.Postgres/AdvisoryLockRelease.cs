using Npgsql;

namespace NewsTrace.Storage.Postgres;

/// <summary>
/// A session-level advisory lock held on its own connection (the handle <see cref="PostgresArticleStore.LockStoriesAsync"/>
/// returns): disposing unlocks and closes the connection; a process that dies loses the session and so the lock.
/// </summary>
internal sealed class AdvisoryLockRelease(NpgsqlConnection connection, int lockNamespace) : IAsyncDisposable
{
    private int _released;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1, hashtext(current_schema()))", connection);
            command.Parameters.AddWithValue(lockNamespace);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
