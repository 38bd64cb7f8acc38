-- Move, split and merge decisions users make about stories, replayed in sequence order on top of the clustering every
-- time stories are formed. Stories are named by their articles, never by story id (ids follow the clustering).
-- The same contract as the SQLite store's migration 0007; independent of every other table.

CREATE TABLE IF NOT EXISTS story_decisions (
    sequence   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       text        NOT NULL CHECK (kind IN ('move', 'split', 'merge')),
    articles   text[]      NOT NULL,
    target     text[]      NOT NULL,
    note       text,
    decided_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
