using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;

namespace NewsTrace.Storage.Postgres;

/// <summary>
/// The work queue for <c>newstrace worker</c> (migration 0006). Claims use <c>FOR UPDATE SKIP LOCKED</c>, so any number
/// of workers take disjoint batches without waiting on each other; a batch's writes and its completion share one
/// transaction. Entries and writes are locked in id order, so concurrent transactions cannot deadlock.
/// </summary>
public sealed partial class PostgresArticleStore : IWorkQueue
{
    // Columns a claim returns, in the order ReadClaimed reads them.
    private const string ClaimedColumns = "q.seq, q.id, q.source, q.content, q.descriptor::text, q.attempts";

    public async Task<EnqueueOutcome> EnqueueAsync(IReadOnlyList<QueuedInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return new EnqueueOutcome(0, 0, 0);
        }

        RequireInitialized();

        // The first input with a given content is the entry; later ones in this call are more names for it. Entries
        // keep the input's order: the queue's order is the order workers claim in and the order its windows are cut
        // in (NextWindowAsync), which must be the order `ingest` would read the same inputs in.
        var entries = inputs
            .GroupBy(queued => queued.Input.Id, StringComparer.Ordinal)
            .Select(group => group.First())
            .ToArray();

        // Two enqueues of the same content in different orders can deadlock on its key; the server then aborts one,
        // and that one is simply run again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await EnqueueOnceAsync(inputs, entries, cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }

    private async Task<EnqueueOutcome> EnqueueOnceAsync(IReadOnlyList<QueuedInput> inputs, QueuedInput[] entries, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // New content is queued; content that failed earlier is queued again with its bytes, as a rerun of ingest
        // retries failed inputs; anything else already queued is left as it is.
        int queued;
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO work_queue (id, source, content, descriptor)
            SELECT id, source, content, descriptor::json
            FROM unnest($1::text[], $2::text[], $3::bytea[], $4::text[]) WITH ORDINALITY AS given (id, source, content, descriptor, ordinal)
            ORDER BY ordinal
            ON CONFLICT (id) DO UPDATE
                SET state = 'pending', attempts = 0, content = excluded.content, descriptor = excluded.descriptor,
                    last_error = NULL, finished_at = NULL, lease_owner = NULL, lease_expires = NULL
                WHERE work_queue.state = 'failed'
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue(entries.Select(queued => queued.Input.Id).ToArray());
            insert.Parameters.AddWithValue(entries.Select(queued => queued.Input.Source).ToArray());
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea, Value = entries.Select(queued => QueueContentCodec.Compress(queued.Input.Content)).ToArray() });
            insert.Parameters.AddWithValue(entries.Select(QueuedInputJson.Write).ToArray());
            queued = await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        // Every name that is not its entry's own is kept, to be recorded as a source when the entry completes.
        int newSources;
        var ordered = inputs.OrderBy(queued => queued.Input.Id, StringComparer.Ordinal).ThenBy(queued => queued.Input.Source, StringComparer.Ordinal).ToArray();
        await using (var sources = new NpgsqlCommand("""
            INSERT INTO work_queue_sources (item_id, source, record_id)
            SELECT DISTINCT ON (given.id, given.source) given.id, given.source, given.record_id
            FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS given (id, source, record_id, ordinal)
            JOIN work_queue AS q ON q.id = given.id
            WHERE q.source <> given.source
            ORDER BY given.id, given.source, given.ordinal
            ON CONFLICT (item_id, source) DO NOTHING
            """, connection, transaction))
        {
            sources.Parameters.AddWithValue(ordered.Select(queued => queued.Input.Id).ToArray());
            sources.Parameters.AddWithValue(ordered.Select(queued => queued.Input.Source).ToArray());
            sources.Parameters.AddWithValue(ordered.Select(queued => queued.Input.Metadata.RecordId).ToArray());
            newSources = await sources.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new EnqueueOutcome(queued, inputs.Count - queued - newSources, newSources);
    }

    public async Task<ClaimedBatch> ClaimAsync(string workerId, int maxItems, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAttempts);
        RequireInitialized();

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await GiveUpExhaustedAsync(connection, transaction, maxAttempts, cancellationToken);

        var claimed = new List<(long Seq, ClaimedInput Input)>();
        foreach (var picker in ClaimPickersSql)
        {
            await using var claim = new NpgsqlCommand($"""
                WITH picked AS ({picker})
                UPDATE work_queue AS q
                SET state = 'leased', lease_owner = $1, lease_expires = now() + $2, attempts = q.attempts + 1
                FROM picked WHERE q.id = picked.id
                RETURNING {ClaimedColumns}
                """, connection, transaction);
            claim.Parameters.AddWithValue(workerId);
            claim.Parameters.AddWithValue(lease);
            if (picker.Contains("$3", StringComparison.Ordinal))
            {
                claim.Parameters.AddWithValue(maxItems);
            }

            await using (var reader = await claim.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    claimed.Add(ReadClaimed(reader));
                }
            }

            if (claimed.Count > 0)
            {
                break;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new ClaimedBatch(workerId, claimed.OrderBy(entry => entry.Seq).Select(entry => entry.Input).ToList());
    }

    public async Task<int> RenewLeasesAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workerId);
        await using var command = CreateCommand("UPDATE work_queue SET lease_expires = now() + $2 WHERE state = 'leased' AND lease_owner = $1");
        command.Parameters.AddWithValue(workerId);
        command.Parameters.AddWithValue(lease);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<WriteOutcome> CompleteAsync(ClaimedBatch batch, IngestBatch writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(writes);
        RequireInitialized();

        // An entry failed when its input is among the failures (by source: the ingestor reports failures by source).
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var failure in writes.Failures)
        {
            reasons.TryAdd(failure.Source, failure.Reason);
        }

        var failed = batch.Items.Where(item => reasons.ContainsKey(item.Input.Input.Source)).OrderBy(item => item.Input.Input.Id, StringComparer.Ordinal).ToArray();
        var done = batch.Items.Where(item => !reasons.ContainsKey(item.Input.Input.Source)).Select(item => item.Input.Input.Id).Order(StringComparer.Ordinal).ToArray();
        var failedIds = failed.Select(item => item.Input.Input.Id).ToArray();
        var failedReasons = failed.Select(item => reasons[item.Input.Input.Source]).ToArray();

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await WriteFingerprintsInAsync(connection, transaction, writes.Fingerprints, cancellationToken);
        var added = await ArticleBatchWriter.WriteAsync(connection, transaction, writes.Articles, writes.Failures, _serverHasLz4, cancellationToken);
        await RecordSourcesInAsync(connection, transaction, writes.KnownSources, cancellationToken);

        await using var statements = new NpgsqlBatch(connection, transaction);

        // The entries' other names: sources of the article they produced, or failures with the same reason.
        var otherSources = new NpgsqlBatchCommand("""
            INSERT INTO article_sources (article_id, source, record_id)
            SELECT s.item_id, s.source, s.record_id
            FROM work_queue_sources AS s JOIN articles AS a ON a.id = s.item_id
            WHERE s.item_id = ANY($1)
            ORDER BY s.item_id, s.source
            ON CONFLICT (article_id, source) DO NOTHING
            """);
        otherSources.Parameters.AddWithValue(done);
        statements.BatchCommands.Add(otherSources);

        var clearFailures = new NpgsqlBatchCommand("""
            DELETE FROM ingest_failures
            WHERE source IN (SELECT s.source FROM work_queue_sources AS s JOIN articles AS a ON a.id = s.item_id WHERE s.item_id = ANY($1))
            """);
        clearFailures.Parameters.AddWithValue(done);
        statements.BatchCommands.Add(clearFailures);

        var otherFailures = new NpgsqlBatchCommand("""
            INSERT INTO ingest_failures (source, reason, at)
            SELECT DISTINCT ON (s.source, f.reason) s.source, f.reason, now()
            FROM work_queue_sources AS s JOIN unnest($1::text[], $2::text[]) AS f (id, reason) ON f.id = s.item_id
            ORDER BY s.source, f.reason
            ON CONFLICT (source, reason) DO UPDATE SET at = excluded.at
            """);
        otherFailures.Parameters.AddWithValue(failedIds);
        otherFailures.Parameters.AddWithValue(failedReasons);
        statements.BatchCommands.Add(otherFailures);

        // Done entries drop their bytes (the article has everything); failed ones keep them for a retry.
        // `added` says which entries' articles this batch stored first: the queue's windows count those (NextWindowAsync).
        var markDone = new NpgsqlBatchCommand("""
            UPDATE work_queue SET state = 'done', content = NULL, lease_owner = NULL, lease_expires = NULL, last_error = NULL, finished_at = now(),
                added = (id = ANY($2))
            WHERE id = ANY($1) AND state <> 'done'
            """);
        markDone.Parameters.AddWithValue(done);
        markDone.Parameters.AddWithValue(added.Order(StringComparer.Ordinal).ToArray());
        statements.BatchCommands.Add(markDone);

        var markFailed = new NpgsqlBatchCommand("""
            UPDATE work_queue AS q SET state = 'failed', lease_owner = NULL, lease_expires = NULL, last_error = f.reason, finished_at = now()
            FROM unnest($1::text[], $2::text[]) AS f (id, reason)
            WHERE q.id = f.id AND q.state <> 'done'
            """);
        markFailed.Parameters.AddWithValue(failedIds);
        markFailed.Parameters.AddWithValue(failedReasons);
        statements.BatchCommands.Add(markFailed);

        await statements.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WriteOutcome(added.Count, writes.Articles.Count - added.Count);
    }

    public async Task ReleaseAsync(ClaimedBatch batch, string? error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return;
        }

        await using var command = CreateCommand("""
            UPDATE work_queue
            SET state = 'pending', lease_owner = NULL, lease_expires = NULL,
                last_error = coalesce($3, last_error),
                attempts = CASE WHEN $3 IS NULL THEN greatest(attempts - 1, 0) ELSE attempts END
            WHERE id = ANY($1) AND state = 'leased' AND lease_owner = $2
            """);
        command.Parameters.AddWithValue(batch.Items.Select(item => item.Input.Input.Id).Order(StringComparer.Ordinal).ToArray());
        command.Parameters.AddWithValue(batch.WorkerId);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)error ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> HasOutstandingWorkAsync(CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(HasOutstandingWorkSql);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task RecordHeartbeatAsync(WorkerHeartbeat heartbeat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        await using var command = CreateCommand("""
            INSERT INTO workers (id, host, pid, state, started_at, last_seen, processed, failed)
            VALUES ($1, $2, $3, $4, $5, now(), $6, $7)
            ON CONFLICT (id) DO UPDATE
                SET state = excluded.state, last_seen = excluded.last_seen, processed = excluded.processed, failed = excluded.failed
            """);
        command.Parameters.AddWithValue(heartbeat.WorkerId);
        command.Parameters.AddWithValue(heartbeat.Host);
        command.Parameters.AddWithValue(heartbeat.ProcessId);
        command.Parameters.AddWithValue(heartbeat.State);
        command.Parameters.AddWithValue(heartbeat.StartedAt.ToUniversalTime());
        command.Parameters.AddWithValue(heartbeat.Processed);
        command.Parameters.AddWithValue(heartbeat.Failed);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<QueueStatus> GetStatusAsync(TimeSpan recentWindow, CancellationToken cancellationToken = default)
    {
        RequireInitialized();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        long articles, failures, recent;
        TimeSpan? oldest;
        await using (var counts = new NpgsqlCommand($"""
            SELECT (SELECT count(*) FROM articles),
                   (SELECT count(*) FROM ingest_failures),
                   (SELECT count(*) FROM articles WHERE ingested_at > now() - $1),
                   now() - ({OldestWaitingSql})
            """, connection))
        {
            counts.Parameters.AddWithValue(recentWindow);
            await using var reader = await counts.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            articles = reader.GetInt64(0);
            failures = reader.GetInt64(1);
            recent = reader.GetInt64(2);
            oldest = reader.IsDBNull(3) ? null : reader.GetTimeSpan(3);
        }

        var byState = WorkQueueStates.All.ToImmutableSortedDictionary(state => state, _ => 0L, StringComparer.Ordinal);
        await using (var states = new NpgsqlCommand("SELECT state, count(*) FROM work_queue GROUP BY state", connection))
        await using (var reader = await states.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byState = byState.SetItem(reader.GetString(0), reader.GetInt64(1));
            }
        }

        var workers = new List<WorkerHeartbeat>();
        await using (var list = new NpgsqlCommand("SELECT id, host, pid, state, started_at, last_seen, processed, failed FROM workers ORDER BY last_seen DESC, id", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                workers.Add(new WorkerHeartbeat(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetInt32(2),
                    reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4),
                    reader.GetFieldValue<DateTimeOffset>(5),
                    reader.GetInt64(6),
                    reader.GetInt64(7)));
            }
        }

        return new QueueStatus(articles, failures, byState, oldest, recent, recentWindow, workers);
    }

    /// <summary>Marks failed the entries claimed <paramref name="maxAttempts"/> times without completing, and records each as a failure.</summary>
    private async Task GiveUpExhaustedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int maxAttempts, CancellationToken cancellationToken)
    {
        var givenUp = new List<(string Id, string Source, string Reason)>();
        await using (var command = new NpgsqlCommand(GiveUpExhaustedSql, connection, transaction))
        {
            command.Parameters.AddWithValue(maxAttempts);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                givenUp.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        if (givenUp.Count == 0)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var failures = givenUp.Select(entry => new IngestFailure(entry.Source, entry.Reason, now)).ToList();
        var reasons = givenUp.ToDictionary(entry => entry.Id, entry => entry.Reason, StringComparer.Ordinal);
        await using (var others = new NpgsqlCommand("SELECT item_id, source FROM work_queue_sources WHERE item_id = ANY($1) ORDER BY item_id, source", connection, transaction))
        {
            others.Parameters.AddWithValue(reasons.Keys.ToArray());
            await using var reader = await others.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                failures.Add(new IngestFailure(reader.GetString(1), reasons[reader.GetString(0)], now));
            }
        }

        await ArticleBatchWriter.WriteAsync(connection, transaction, [], failures, _serverHasLz4, cancellationToken);
    }

    private static (long Seq, ClaimedInput Input) ReadClaimed(NpgsqlDataReader reader)
    {
        var content = reader.IsDBNull(3) ? [] : QueueContentCodec.Decompress(reader.GetFieldValue<byte[]>(3));
        var queued = QueuedInputJson.Read(reader.GetString(1), reader.GetString(2), content, reader.GetString(4));
        return (reader.GetInt64(0), new ClaimedInput(queued, reader.GetInt32(5)));
    }
}
