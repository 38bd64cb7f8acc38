-- Covering indexes for the two full listings behind every story list (`stories`, the web app's story pages): every
-- assignment by story, and every article's summary. Both tables keep large values in their rows (an article's text and
-- analysis, an indexed article's term counts), and `text_hash` comes after `text`, so reading a summary from the table
-- walked the text's overflow pages, and reading assignments in story order looked each row up by primary key. At a
-- million articles the first story list took 66 seconds, three quarters of it in those two reads; from these indexes
-- SQLite reads neither table.

CREATE INDEX story_articles_listing ON story_articles (story_id, article_id, topic_id, score, representative, seq);

-- Starts with the columns of articles_published_day, so it serves every query that one did.
CREATE INDEX articles_summary ON articles (published_day, id, source, record_id, title, site, url, published, length, text_hash);
DROP INDEX articles_published_day;
