-- Hash of the enriched record without its enrichment time: an upsert that would change nothing
-- but timestamps (a replay, a re-ingest) leaves the row as it is.
ALTER TABLE articles ADD COLUMN content_hash TEXT;

-- One row per entity of an article, for queries by person, organisation or place.
-- name_key is the name folded for matching (see ArticleStore.entityKey): diacritics, alef forms,
-- ta marbuta and the article ال removed, so بغداد matches ببغداد and لبغداد.
CREATE TABLE article_entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    type       TEXT NOT NULL,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, type, name)
);
CREATE INDEX article_entities_key ON article_entities (name_key, type);
