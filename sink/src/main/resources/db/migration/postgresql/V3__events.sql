-- Incidents grouped from their reports (topic khabar.events). One row per event, its latest
-- version: an update with a lower or equal version (a replay) changes nothing.
CREATE TABLE events (
    id               TEXT PRIMARY KEY,
    version          BIGINT NOT NULL,
    event_date       TEXT,
    place            TEXT,
    place_key        TEXT,
    kind             TEXT,
    killed_min       INTEGER,
    killed_max       INTEGER,
    killed_latest    INTEGER,
    killed_disputed  BOOLEAN NOT NULL,
    injured_min      INTEGER,
    injured_max      INTEGER,
    injured_latest   INTEGER,
    injured_disputed BOOLEAN NOT NULL,
    reports          INTEGER NOT NULL,
    sources          TEXT,
    first_seen       TIMESTAMPTZ,
    last_seen        TIMESTAMPTZ,
    event_json       JSONB NOT NULL,
    stored_at        TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_place_key ON events (place_key);
