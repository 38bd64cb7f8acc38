-- Merge, split and rename decisions users make about cross-document entities, applied in sequence order on top of the
-- automatic grouping every time it is computed. Entities are named by name or alias (ids are derived from content).
-- Independent of every other table, so it applies the same with or without migration 0004.

CREATE TABLE IF NOT EXISTS entity_decisions (
    sequence   INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT    NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    entity     TEXT    NOT NULL,
    argument   TEXT    NOT NULL,
    decided_at TEXT    NOT NULL
);
