-- Articles, their sources, ingest failures and the full-text index: the same contract as the SQLite schema
-- (src/NewsTrace.Storage.Sqlite/Migrations/0001-0003), numbered on its own.
-- Ids, days and sources use the "C" collation: byte order is code-point order, which is the ordinal order the
-- contract lists in, and it makes the id-prefix range scan exact whatever the database's locale.

CREATE TABLE articles (
    id             text COLLATE "C" NOT NULL PRIMARY KEY,
    source         text COLLATE "C" NOT NULL,
    record_id      text,
    url            text,
    title          text,
    authors        text[] NOT NULL DEFAULT '{}',
    -- The PublishDate contract string, as precise as the source gave it.
    published      text,
    -- The calendar day of the publish date in the source's own offset (YYYY-MM-DD), for ranges and ordering.
    published_day  text COLLATE "C",
    -- When the source says the article last changed (the same contract string form).
    modified       text,
    site           text COLLATE "C",
    language       text,
    credits        text[] NOT NULL DEFAULT '{}',
    extra          jsonb  NOT NULL DEFAULT '{}',
    text           text   NOT NULL,
    text_hash      text COLLATE "C" NOT NULL,
    comments       text[] NOT NULL DEFAULT '{}',
    warnings       text[] NOT NULL DEFAULT '{}',
    stage_failures jsonb  NOT NULL DEFAULT '[]',
    -- The analysis layers exactly as the pipeline wrote them (json keeps the text; jsonb would rebuild a tree on every
    -- insert, which costs more than the rest of the row). Queries over entities or quotes get tables of their own.
    analysis       json   NOT NULL DEFAULT '{}',
    -- Text length in UTF-16 code units, the unit every stored span uses (char_length counts code points).
    length         integer NOT NULL,
    ingested_at    timestamptz NOT NULL,
    -- The words of title (weight A) and text (weight D), built by the writer (TsVectorBuilder) with the same
    -- splitter the queries use: lower-cased, no stemming and no stop words, like the SQLite store's unicode61
    -- tokenizer, so "budget" does not match "budgetary" and "not" is a searchable word.
    search         tsvector NOT NULL
);

CREATE INDEX articles_listing ON articles (published_day, id);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_site ON articles (site, published_day, id);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_search ON articles USING gin (search);

-- Every place an article's content came from: identical bytes under two names share one article, and both names are kept.
CREATE TABLE article_sources (
    article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source     text COLLATE "C" NOT NULL,
    record_id  text,
    PRIMARY KEY (article_id, source)
);

CREATE INDEX article_sources_source ON article_sources (source);

-- One row per (source, reason): a rerun that fails the same way again refreshes the time instead of piling up rows.
CREATE TABLE ingest_failures (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text COLLATE "C" NOT NULL,
    reason text NOT NULL,
    at     timestamptz NOT NULL,
    UNIQUE (source, reason)
);

CREATE INDEX ingest_failures_at ON ingest_failures (at DESC, id DESC);

-- lz4 compresses the long columns several times faster than PostgreSQL's default pglz, for about the same size;
-- servers built without lz4 (or older than 14) keep the default.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE articles
            ALTER COLUMN text SET COMPRESSION lz4,
            ALTER COLUMN analysis SET COMPRESSION lz4,
            ALTER COLUMN search SET COMPRESSION lz4;
    END IF;
END
$$;
