-- The LSH band index as sorted runs instead of one B-tree that every batch inserts into at random. Band keys are hashes,
-- so with one index each batch of 128 articles (about 10,000 band rows) touched about 10,000 different leaf pages once
-- the index outgrew the cache, and every touched page went to the write-ahead log: the store's write cost per article
-- grew with the store. Now a batch appends its band rows to an unindexed table (`fingerprint_band_pending`, in rowid
-- order), and a flush copies them, sorted, into a new run: a range of `fingerprint_band_entries` under a run id greater
-- than any before, so the copy appends at the right edge of the B-tree. Runs of one level merge into one of the next
-- level (a few levels over a million articles), and a lookup probes each run. Each article's band keys also live in its
-- `fingerprints` row, so replacing a fingerprint deletes its old band rows without an index by article.

CREATE TABLE fingerprint_band_runs (
    run_id INTEGER NOT NULL PRIMARY KEY,
    -- 0 for a flush of pending rows; a merge of runs of level L makes one run of level L + 1.
    level  INTEGER NOT NULL
);

CREATE TABLE fingerprint_band_entries (
    run_id     INTEGER NOT NULL,
    scheme_id  INTEGER NOT NULL,
    band       INTEGER NOT NULL,
    -- The 64-bit band key, as a signed integer.
    band_key   INTEGER NOT NULL,
    article_id TEXT    NOT NULL,
    PRIMARY KEY (run_id, scheme_id, band, band_key, article_id)
) WITHOUT ROWID;

-- Band rows written since the last flush, in arrival order (no index: appending costs the same at any store size).
CREATE TABLE fingerprint_band_pending (
    scheme_id  INTEGER NOT NULL,
    band       INTEGER NOT NULL,
    band_key   INTEGER NOT NULL,
    article_id TEXT    NOT NULL
);

-- The band keys in band order, 8 bytes each, big-endian (what printf('%016X') gives for the existing rows).
ALTER TABLE fingerprints ADD COLUMN band_keys BLOB;

UPDATE fingerprints SET band_keys = (
    SELECT unhex(group_concat(printf('%016X', b.band_key), '' ORDER BY b.band))
    FROM fingerprint_bands AS b
    WHERE b.article_id = fingerprints.article_id AND b.scheme_id = fingerprints.scheme_id);

INSERT INTO fingerprint_band_runs (run_id, level)
SELECT 1, 0 WHERE EXISTS (SELECT 1 FROM fingerprint_bands);

INSERT INTO fingerprint_band_entries (run_id, scheme_id, band, band_key, article_id)
SELECT 1, scheme_id, band, band_key, article_id FROM fingerprint_bands ORDER BY scheme_id, band, band_key, article_id;

DROP TABLE fingerprint_bands;
