-- Windows of the work queue for the corpus steps (IWorkQueue.NextWindowAsync). `ingest` runs the story catch-up over
-- every 2,000 articles it adds, in input order; workers cut the queue the same way, so their stories are the ones one
-- ingest of the same inputs gives, however the batches were shared out and whenever they finished.

-- Whether the entry's completion added its article (false: it failed, or the article was stored already). Windows
-- count added articles, as `ingest` does.
ALTER TABLE work_queue ADD COLUMN added boolean NOT NULL DEFAULT false;

-- Where the next window starts: a queue position (work_queue.seq). Entries before it belong to windows already run.
-- `walker` ran the last window, at `walked_at`: the others leave the windows to it while it is recent, so one process
-- keeps its memory of the story index from window to window (another process's update empties that memory).
CREATE TABLE queue_windows (
    id        integer PRIMARY KEY CHECK (id = 1),
    next_seq  bigint NOT NULL,
    walker    text,
    walked_at timestamptz
);

-- A queue from before this migration starts its windows at its first unfinished entry: the finished ones were
-- caught up by the workers that did them (their `added` is unknown, false above).
INSERT INTO queue_windows (id, next_seq)
SELECT 1, coalesce(
    (SELECT min(seq) FROM work_queue WHERE state IN ('pending', 'leased')),
    (SELECT max(seq) + 1 FROM work_queue),
    1);
