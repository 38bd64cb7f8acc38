-- Every claim first fails the pending entries that used up their attempts (PostgresArticleStore.GiveUpExhaustedSql).
-- work_queue_retry holds just those candidates, but the planner estimated its size as (share of pending entries) x
-- (share of entries with attempts > 0), which on a large queue is hundreds of thousands of rows where there are none:
-- finished entries keep attempts = 1. It then read the whole queue on every claim (0.3 s at 1,000,000 entries).
-- With attempts as the key, "attempts >= N" is an index condition whose estimate comes from the attempts histogram,
-- so the scan stays on this (nearly empty) index.
CREATE INDEX work_queue_exhausted ON work_queue (attempts) WHERE state = 'pending' AND attempts > 0;

-- State and attempts are not independent (done entries have attempts >= 1, fresh pending ones 0): tell the planner.
CREATE STATISTICS work_queue_state_attempts (dependencies, mcv) ON state, attempts FROM work_queue;
