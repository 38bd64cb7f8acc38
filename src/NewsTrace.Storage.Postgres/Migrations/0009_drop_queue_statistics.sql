-- The state/attempts statistics of 0008 made things worse. With them the planner estimated the pending retries
-- ("state = 'pending' AND attempts > 0") at one row, yet still costed work_queue_retry, the partial index over
-- exactly those rows, from the per-column figures at 140,000 entries. At 1,000,000 entries it then read the whole queue for
-- the retry lookup of every claim: 0.3 s each, found at 230,000 articles into a 1,000,000-article run, after
-- autovacuum's analyse. Without them, the lookup's LIMIT 1 over the ordered partial index is cheapest again. The
-- give-up step keeps its index condition on attempts (0008), which needs no joint statistics.
DROP STATISTICS IF EXISTS work_queue_state_attempts;
