namespace NewsTrace.Storage.Postgres;

/// <summary>
/// The work queue's hot lookups, one constant each so the plan tests (<c>PostgresWorkQueueTests.Plans</c>) explain exactly
/// what the store runs: every claim runs the give-up step and the pickers, and each must stay on its partial index.
/// </summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>
    /// What a claim takes, in this order, each a lookup through one partial index (a test checks the plans on a large
    /// queue): first leases that ran out (a worker died), then entries given back after an error, then fresh ones. An
    /// entry claimed before is retried on its own, so an input that kills its worker takes no batch down with it again.
    /// </summary>
    internal static readonly string[] ClaimPickersSql =
    [
        "SELECT id FROM work_queue WHERE state = 'leased' AND lease_expires < now() ORDER BY lease_expires, id LIMIT 1 FOR UPDATE SKIP LOCKED",
        "SELECT id FROM work_queue WHERE state = 'pending' AND attempts > 0 ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED",
        "SELECT id FROM work_queue WHERE state = 'pending' AND attempts = 0 ORDER BY seq LIMIT $3 FOR UPDATE SKIP LOCKED",
    ];

    /// <summary>
    /// The first entry of each partial index in its own order. Not EXISTS: PostgreSQL drops a subquery's ORDER BY and
    /// LIMIT inside EXISTS, and with most of the table pending it chose a sequential scan that stops "at once", except
    /// that the finished entries come first in the file (0.2 s at 1,000,000 entries).
    /// </summary>
    internal const string HasOutstandingWorkSql = """
        SELECT (SELECT seq FROM work_queue WHERE state = 'pending' AND attempts = 0 ORDER BY seq LIMIT 1) IS NOT NULL
            OR (SELECT seq FROM work_queue WHERE state = 'pending' AND attempts > 0 ORDER BY seq LIMIT 1) IS NOT NULL
            OR (SELECT seq FROM work_queue WHERE state = 'leased' ORDER BY lease_expires LIMIT 1) IS NOT NULL
        """;

    /// <summary>When the longest-waiting entry was queued: the first of each pending index, in queue order.</summary>
    internal const string OldestWaitingSql = """
        SELECT min(enqueued_at) FROM (
            (SELECT enqueued_at FROM work_queue WHERE state = 'pending' AND attempts = 0 ORDER BY seq LIMIT 1)
            UNION ALL
            (SELECT enqueued_at FROM work_queue WHERE state = 'pending' AND attempts > 0 ORDER BY seq LIMIT 1)) AS waiting
        """;

    /// <summary>
    /// Fails the entries claimed <c>$1</c> times without completing. It runs before every claim, so both of its lookups
    /// must go through a partial index: "attempts > 0" is spelled out so the pending one can use <c>work_queue_exhausted</c>
    /// (migration 0008). Without it the planner read the whole queue on each claim (a million finished entries have
    /// attempts 1, and it took state and attempts to be independent): 0.3 s a claim at 1,000,000 entries.
    /// </summary>
    internal const string GiveUpExhaustedSql = """
        WITH expired AS (
            SELECT id FROM work_queue WHERE state = 'leased' AND lease_expires < now() AND attempts >= $1 ORDER BY id FOR UPDATE SKIP LOCKED),
        returned AS (
            SELECT id FROM work_queue WHERE state = 'pending' AND attempts > 0 AND attempts >= $1 ORDER BY id FOR UPDATE SKIP LOCKED)
        UPDATE work_queue AS q
        SET state = 'failed', lease_owner = NULL, lease_expires = NULL, finished_at = now(),
            last_error = 'gave up after ' || q.attempts || ' attempts: '
                || coalesce(q.last_error, 'the worker holding it stopped before finishing (its lease ran out)')
        FROM (SELECT id FROM expired UNION SELECT id FROM returned) AS exhausted WHERE q.id = exhausted.id
        RETURNING q.id, q.source, q.last_error
        """;
}
