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
    analysis       jsonb  NOT NULL DEFAULT '{}',
    -- Text length in UTF-16 code units, the unit every stored span uses (char_length counts code points).
    length         integer NOT NULL,
    ingested_at    timestamptz NOT NULL,
    -- Title words weigh more than body words in the ranking (weight A against D). The 'simple' configuration
    -- lower-cases without stemming or stop words, like the SQLite store's unicode61 tokenizer, so "budget"
    -- does not match "budgetary" and "not" is a searchable word. Only the first 200,000 characters of the text
    -- are indexed: a tsvector must stay under 1 MB, and a news article is far shorter.
    search         tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', left(text, 200000)), 'D')) STORED
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
