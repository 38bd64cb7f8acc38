-- Persisted story clustering (IStoryStore): the same contract as the SQLite store's migration 0006. Each indexed
-- article's story, topic and content-term counts, the global document frequencies of those terms, an inverted index of
-- each article's heaviest terms, and the articles still waiting for a story (filled by a trigger, so listing them costs
-- what is pending, not the whole corpus).

CREATE TABLE story_state (
    id             integer NOT NULL PRIMARY KEY CHECK (id = 1),
    -- Grows by one per applied update; an update computed from another version is refused (another process was first).
    version        bigint  NOT NULL,
    -- Indexed articles: the N of the inverse document frequencies.
    document_count bigint  NOT NULL
);

INSERT INTO story_state (id, version, document_count) VALUES (1, 0, 0);

CREATE TABLE story_articles (
    article_id     text COLLATE "C" NOT NULL PRIMARY KEY,
    -- Indexing order (0, 1, 2, …): "most recent" for candidate lookups and story samples.
    seq            bigint  NOT NULL UNIQUE,
    story_id       text COLLATE "C" NOT NULL,
    topic_id       text COLLATE "C" NOT NULL,
    score          double precision NOT NULL,
    representative boolean NOT NULL,
    -- The date similarity was measured with (publish date, or the text's date for a republished or undated page).
    event_date     TEXT,
    -- Content-term counts, one "term TAB count TAB class" line per term (StoryTermsText).
    terms          text    NOT NULL
);

CREATE INDEX story_articles_story ON story_articles (story_id, seq);
CREATE INDEX story_articles_topic ON story_articles (topic_id, article_id);
CREATE INDEX story_articles_topic_recent ON story_articles (topic_id, seq);

CREATE TABLE story_term_frequencies (
    term text COLLATE "C" NOT NULL PRIMARY KEY,
    df   integer NOT NULL
);

CREATE TABLE story_term_index (
    term       text COLLATE "C" NOT NULL,
    seq        bigint NOT NULL,
    article_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (term, seq)
);

CREATE TABLE story_pending (
    article_id text COLLATE "C" NOT NULL PRIMARY KEY
);

INSERT INTO story_pending (article_id) SELECT id FROM articles;

CREATE FUNCTION story_pending_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO story_pending (article_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER story_pending_after_insert AFTER INSERT ON articles
    FOR EACH ROW EXECUTE FUNCTION story_pending_after_insert();
