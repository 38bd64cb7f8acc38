-- The work queue that `newstrace worker` processes claim batches from (FOR UPDATE SKIP LOCKED, under a lease), the
-- workers' heartbeats, and an index for the ingest rate that `newstrace status` and /metrics report.
-- Keyed by the input's content-hash id, like articles, so the queue distributes by the same key (Citus).

CREATE TABLE work_queue (
    -- The input's id (hash of its content): queuing the same content again changes nothing.
    id            text COLLATE "C" NOT NULL PRIMARY KEY,
    -- Queue order: claims take the oldest first.
    seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    -- The name the content was first queued under; later names are in work_queue_sources.
    source        text COLLATE "C" NOT NULL,
    state         text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'leased', 'done', 'failed')),
    -- The input's bytes, gzip-compressed by the enqueuer (workers elsewhere cannot read its files); cleared once done.
    content       bytea,
    -- Format, charset, container metadata, read warnings and the user's --dct (QueuedInputJson).
    descriptor    json NOT NULL,
    -- Claims so far; an entry claimed this many times without completing is given up.
    attempts      integer NOT NULL DEFAULT 0,
    lease_owner   text,
    lease_expires timestamptz,
    last_error    text,
    enqueued_at   timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);

-- Already compressed by the client: the server should not try again.
ALTER TABLE work_queue ALTER COLUMN content SET STORAGE EXTERNAL;

-- Claims read only the live part of the queue: fresh entries oldest first, retries (claimed before) oldest first,
-- and leases by expiry (to reclaim those that ran out) and by owner (to renew them).
CREATE INDEX work_queue_fresh ON work_queue (seq) WHERE state = 'pending' AND attempts = 0;
CREATE INDEX work_queue_retry ON work_queue (seq) WHERE state = 'pending' AND attempts > 0;
CREATE INDEX work_queue_lease_expiry ON work_queue (lease_expires) WHERE state = 'leased';
CREATE INDEX work_queue_lease_owner ON work_queue (lease_owner) WHERE state = 'leased';

-- More names for content already queued (the same bytes in two files): recorded as sources when the entry completes.
CREATE TABLE work_queue_sources (
    item_id   text COLLATE "C" NOT NULL REFERENCES work_queue (id) ON DELETE CASCADE,
    source    text COLLATE "C" NOT NULL,
    record_id text,
    PRIMARY KEY (item_id, source)
);

-- What each worker last said about itself.
CREATE TABLE workers (
    id         text PRIMARY KEY,
    host       text NOT NULL,
    pid        integer NOT NULL,
    state      text NOT NULL,
    started_at timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    processed  bigint NOT NULL DEFAULT 0,
    failed     bigint NOT NULL DEFAULT 0
);

-- Documents per second over the last minutes, whoever wrote them (ingest or workers).
CREATE INDEX articles_ingested_at ON articles (ingested_at);
