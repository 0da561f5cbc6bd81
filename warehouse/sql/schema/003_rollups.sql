-- 003: rollups the trend queries read, so they stay well under a second at 30M mentions.
-- Derived data only: `warehouse.rollups.refresh` rebuilds the weeks the loaders marked dirty at
-- the end of every `writing()` run; `rollup_state` says which base data they were built from.

-- One row per (article, entity), stored in week order so a week's rows sit together.
CREATE TABLE article_entities (
    week        DATE NOT NULL,               -- Monday of coalesce(published_at, first_seen_at)
    article_id  VARCHAR NOT NULL,
    entity_id   VARCHAR NOT NULL,
    story_id    VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    mentions    INTEGER NOT NULL             -- how many times the article names the entity
);

-- One row per (week, entity): the counts every trend starts from.
CREATE TABLE entity_weeks (
    week        DATE NOT NULL,
    entity_id   VARCHAR NOT NULL,
    mentions    BIGINT NOT NULL,
    articles    BIGINT NOT NULL,
    stories     BIGINT NOT NULL,
    sources     BIGINT NOT NULL
);

-- Weeks whose rollup rows the loaders invalidated since the last refresh.
CREATE TABLE rollup_dirty_weeks (
    week        DATE NOT NULL
);

CREATE TABLE rollup_state (
    fingerprint  VARCHAR NOT NULL,           -- warehouse/sql/rollups/fingerprint.sql at refresh
    refreshed_at TIMESTAMP NOT NULL
);
