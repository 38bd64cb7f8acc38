-- Articles, ingest failures and the full-text index.
-- Later migrations add story, entity, quote, timex and LSH tables that reference articles(id).

CREATE TABLE articles (
    id             TEXT    NOT NULL PRIMARY KEY,
    -- A stable integer key for the full-text index: VACUUM may renumber the implicit rowid of a table
    -- without an INTEGER PRIMARY KEY, which would silently detach an external-content FTS index.
    doc_number     INTEGER NOT NULL UNIQUE,
    source         TEXT    NOT NULL,
    record_id      TEXT,
    url            TEXT,
    title          TEXT,
    authors        TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
    -- The PublishDate contract string, as precise as the source gave it.
    published      TEXT,
    -- The calendar day of the publish date (YYYY-MM-DD) for range queries and ordering.
    published_day  TEXT,
    site           TEXT,
    language       TEXT,
    credits        TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(credits)),
    extra          TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(extra)),
    text           TEXT    NOT NULL,
    text_hash      TEXT    NOT NULL,
    comments       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(comments)),
    warnings       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
    stage_failures TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(stage_failures)),
    analysis       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(analysis)),
    -- Text length in UTF-16 code units, the unit every stored span uses.
    length         INTEGER NOT NULL,
    ingested_at    TEXT    NOT NULL
);

CREATE INDEX articles_published_day ON articles (published_day, id);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_site ON articles (site);
CREATE INDEX articles_source ON articles (source);

-- One row per (source, reason): a rerun that fails the same way again refreshes the time instead of piling up rows.
CREATE TABLE ingest_failures (
    id     INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL,
    UNIQUE (source, reason)
);

CREATE INDEX ingest_failures_at ON ingest_failures (at);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title,
    text,
    content = 'articles',
    content_rowid = 'doc_number',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.doc_number, new.title, new.text);
END;

CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.doc_number, old.title, old.text);
END;

CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, text, doc_number ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.doc_number, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.doc_number, new.title, new.text);
END;
