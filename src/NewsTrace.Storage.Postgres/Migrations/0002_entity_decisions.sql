-- Merge, split and rename decisions users make about cross-document entities, applied in sequence order on top of the
-- automatic grouping every time it is computed. Entities are named by name or alias (ids are derived from content).
-- The same contract as the SQLite store's migration 0005.

CREATE TABLE entity_decisions (
    sequence   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       text        NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    entity     text        NOT NULL,
    argument   text        NOT NULL,
    decided_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
