using Npgsql;

namespace NewsTrace.Storage.Postgres;

/// <summary>The queue's windows for the corpus steps (migration 0007): a cursor, and a walk of the entries after it in queue order.</summary>
public sealed partial class PostgresArticleStore
{
    // Entries read per round trip while looking for a window's end; a window of 2,000 articles usually takes two.
    private const int WindowPage = 1_024;

    public async Task<QueueWindow?> NextWindowAsync(int size, bool partial, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        RequireInitialized();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        long cursor;
        await using (var read = new NpgsqlCommand("SELECT next_seq FROM queue_windows WHERE id = 1", connection))
        {
            cursor = (long)(await read.ExecuteScalarAsync(cancellationToken))!;
        }

        var ids = new List<string>();
        var next = cursor;
        while (true)
        {
            await using var page = new NpgsqlCommand(
                "SELECT seq, id, state, added FROM work_queue WHERE seq >= $1 ORDER BY seq LIMIT $2", connection);
            page.Parameters.AddWithValue(next);
            page.Parameters.AddWithValue(WindowPage);
            var rows = 0;
            await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows++;
                    var seq = reader.GetInt64(0);
                    var state = reader.GetString(2);
                    if (state is WorkQueueStates.Pending or WorkQueueStates.Leased)
                    {
                        // Unfinished: whether it adds an article, and so where the window ends, is not known yet.
                        return partial ? new QueueWindow(ids, seq) : null;
                    }

                    next = seq + 1;
                    if (state == WorkQueueStates.Done && reader.GetBoolean(3))
                    {
                        ids.Add(reader.GetString(1));
                        if (ids.Count == size)
                        {
                            return new QueueWindow(ids, next);
                        }
                    }
                }
            }

            if (rows < WindowPage)
            {
                return partial ? new QueueWindow(ids, next) : null;
            }
        }
    }

    public async Task AdvanceWindowsAsync(long nextSeq, string walker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(walker);
        RequireInitialized();
        await using var command = CreateCommand("UPDATE queue_windows SET next_seq = greatest(next_seq, $1), walker = $2, walked_at = now() WHERE id = 1");
        command.Parameters.AddWithValue(nextSeq);
        command.Parameters.AddWithValue(walker);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<WindowWalker?> GetWindowWalkerAsync(CancellationToken cancellationToken = default)
    {
        RequireInitialized();
        await using var command = CreateCommand("SELECT walker, extract(epoch FROM now() - walked_at)::double precision FROM queue_windows WHERE id = 1 AND walker IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new WindowWalker(reader.GetString(0), TimeSpan.FromSeconds(Math.Max(0, reader.GetDouble(1))))
            : null;
    }
}
