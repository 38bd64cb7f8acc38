-- Persisted story clustering (IStoryStore): each indexed article's story, topic and content-term counts, the global
-- document frequencies of those terms, an inverted index of each article's heaviest terms, and the articles still
-- waiting for a story (filled by a trigger, so listing them costs what is pending, not the whole corpus).

CREATE TABLE story_state (
    id             INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    -- Grows by one per applied update; an update computed from another version is refused (another process was first).
    version        INTEGER NOT NULL,
    -- Indexed articles: the N of the inverse document frequencies.
    document_count INTEGER NOT NULL
);

INSERT INTO story_state (id, version, document_count) VALUES (1, 0, 0);

CREATE TABLE story_articles (
    article_id     TEXT    NOT NULL PRIMARY KEY,
    -- Indexing order (0, 1, 2, …): "most recent" for candidate lookups and story samples.
    seq            INTEGER NOT NULL UNIQUE,
    story_id       TEXT    NOT NULL,
    topic_id       TEXT    NOT NULL,
    score          REAL    NOT NULL,
    representative INTEGER NOT NULL CHECK (representative IN (0, 1)),
    -- The date similarity was measured with (publish date, or the text's date for a republished or undated page).
    event_date     TEXT,
    -- Content-term counts, one "term TAB count TAB class" line per term (StoryTermsText).
    terms          TEXT    NOT NULL
) WITHOUT ROWID;

CREATE INDEX story_articles_story ON story_articles (story_id, seq);
CREATE INDEX story_articles_topic ON story_articles (topic_id, article_id);
CREATE INDEX story_articles_topic_recent ON story_articles (topic_id, seq);

CREATE TABLE story_term_frequencies (
    term TEXT    NOT NULL PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE story_term_index (
    term       TEXT    NOT NULL,
    seq        INTEGER NOT NULL,
    article_id TEXT    NOT NULL,
    PRIMARY KEY (term, seq)
) WITHOUT ROWID;

CREATE TABLE story_pending (
    article_id TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

INSERT INTO story_pending (article_id) SELECT id FROM articles;

CREATE TRIGGER story_pending_after_insert AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO story_pending (article_id) VALUES (new.id);
END;
