-- Move, split and merge decisions users make about stories, replayed in sequence order on top of the clustering every
-- time stories are formed. Stories are named by their articles (JSON arrays of article ids), never by story id,
-- because story ids follow the clustering. Independent of every other table, so it applies with or without 0006.

CREATE TABLE IF NOT EXISTS story_decisions (
    sequence   INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT    NOT NULL CHECK (kind IN ('move', 'split', 'merge')),
    articles   TEXT    NOT NULL CHECK (json_valid(articles)),
    target     TEXT    NOT NULL CHECK (json_valid(target)),
    note       TEXT,
    decided_at TEXT    NOT NULL
);
