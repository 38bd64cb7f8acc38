-- Every place an article's content came from. Identical bytes under two names share one article (one id),
-- and both names are kept here, so a copy at another address is never lost.

CREATE TABLE article_sources (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source     TEXT NOT NULL,
    record_id  TEXT,
    PRIMARY KEY (article_id, source)
) WITHOUT ROWID;

CREATE INDEX article_sources_source ON article_sources (source);

INSERT INTO article_sources (article_id, source, record_id)
SELECT id, source, record_id FROM articles;
