-- Persisted LSH: each article's MinHash signature per fingerprint scheme, and one row per LSH band for candidate lookup
-- (the band index as an indexed table). The same contract as the SQLite store's migration 0004. Fingerprints are
-- written before their articles (a crash in between leaves rows a rerun rewrites), so there is no foreign key to articles.

CREATE TABLE fingerprint_schemes (
    id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text COLLATE "C" NOT NULL UNIQUE
);

CREATE TABLE fingerprints (
    article_id   text COLLATE "C" NOT NULL,
    scheme_id    integer NOT NULL REFERENCES fingerprint_schemes (id),
    -- The 64-bit normalised-content hash, as a signed integer.
    content_hash bigint  NOT NULL,
    -- The signature: 32-bit unsigned values, little-endian, back to back.
    signature    bytea   NOT NULL,
    PRIMARY KEY (article_id, scheme_id)
);

-- Keyed by (scheme, band, key) first: a candidate lookup is one index probe per band.
CREATE TABLE fingerprint_bands (
    scheme_id  integer NOT NULL,
    band       integer NOT NULL,
    -- The 64-bit band key, as a signed integer.
    band_key   bigint  NOT NULL,
    article_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (scheme_id, band, band_key, article_id)
);

CREATE INDEX fingerprint_bands_article ON fingerprint_bands (article_id, scheme_id);
