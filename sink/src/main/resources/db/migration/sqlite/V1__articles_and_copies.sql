-- Enriched articles: one row per story (first copy), the full enriched record plus queryable columns.
-- Times are ISO-8601 UTC text, which sorts chronologically.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    source        TEXT,
    url           TEXT,
    title         TEXT,
    text          TEXT NOT NULL,
    published_at  TEXT,
    language      TEXT,
    killed        INTEGER,
    injured       INTEGER,
    event_id      TEXT,
    fingerprint   TEXT,
    enriched_json TEXT NOT NULL,
    stored_at     TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_event_id ON articles (event_id);
CREATE INDEX articles_source ON articles (source);

-- Later copies of a story (wire copy re-run by other outlets): evidence for the original, not new articles.
CREATE TABLE article_copies (
    id           TEXT PRIMARY KEY,
    duplicate_of TEXT NOT NULL,
    similarity   REAL NOT NULL,
    source       TEXT,
    url          TEXT,
    title        TEXT,
    published_at TEXT,
    detected_at  TEXT,
    stored_at    TEXT NOT NULL
);
CREATE INDEX article_copies_duplicate_of ON article_copies (duplicate_of);
