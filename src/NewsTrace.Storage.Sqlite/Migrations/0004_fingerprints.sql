-- Persisted LSH: each article's MinHash signature per fingerprint scheme, and one row per LSH band for candidate lookup.
-- Fingerprints are written before their articles (a crash in between leaves rows a rerun rewrites), so no foreign key.

CREATE TABLE fingerprint_schemes (
    id   INTEGER NOT NULL PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE
);

CREATE TABLE fingerprints (
    article_id   TEXT    NOT NULL,
    scheme_id    INTEGER NOT NULL REFERENCES fingerprint_schemes (id),
    -- The 64-bit normalised-content hash, as a signed integer.
    content_hash INTEGER NOT NULL,
    -- The signature: 32-bit unsigned values, little-endian, back to back.
    signature    BLOB    NOT NULL,
    PRIMARY KEY (article_id, scheme_id)
) WITHOUT ROWID;

CREATE TABLE fingerprint_bands (
    scheme_id  INTEGER NOT NULL,
    band       INTEGER NOT NULL,
    -- The 64-bit band key, as a signed integer.
    band_key   INTEGER NOT NULL,
    article_id TEXT    NOT NULL,
    PRIMARY KEY (scheme_id, band, band_key, article_id)
) WITHOUT ROWID;

CREATE INDEX fingerprint_bands_article ON fingerprint_bands (article_id, scheme_id);
