-- 001: the warehouse contract (README "Warehouse contract"). Later migrations extend, never break.

CREATE TABLE runs (
    run_id       VARCHAR PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    status       VARCHAR NOT NULL,          -- running | completed | failed
    stats        JSON                        -- counts per outcome and per source, entities, timings
);

-- Every URL the crawler saw in a run and what became of it (one outcome per URL per run).
CREATE TABLE crawl_log (
    run_id       VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    fetched_at   TIMESTAMP NOT NULL,
    status       INTEGER,                    -- HTTP status, NULL when never requested
    outcome      VARCHAR NOT NULL,           -- pipeline.records.Outcome
    reason       VARCHAR NOT NULL DEFAULT ''
);

-- Raw HTML as fetched (zlib-compressed) with headers: `veille reprocess` re-runs everything from it.
CREATE TABLE raw_pages (
    url               VARCHAR PRIMARY KEY,   -- canonical URL
    requested_url     VARCHAR NOT NULL,
    source            VARCHAR NOT NULL,
    fetched_at        TIMESTAMP NOT NULL,
    status            INTEGER NOT NULL,
    headers           JSON,
    body_zlib         BLOB NOT NULL,
    encoding          VARCHAR,
    discovered_via    VARCHAR,
    hint_published_at TIMESTAMP,
    hint_title        VARCHAR
);

-- Conditional-GET validators for feeds and sitemaps.
CREATE TABLE http_validators (
    url            VARCHAR PRIMARY KEY,
    etag           VARCHAR,
    last_modified  VARCHAR,
    checked_at     TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,       -- pipeline.records.article_id_for(url)
    url           VARCHAR NOT NULL UNIQUE,   -- canonical URL
    source        VARCHAR NOT NULL,
    title         VARCHAR,
    published_at  TIMESTAMP,
    language      VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    story_id      VARCHAR NOT NULL,          -- copies of one story share it
    author        VARCHAR,
    sitename      VARCHAR,
    description   VARCHAR,
    content_hash  VARCHAR NOT NULL,
    topic_score   DOUBLE,
    fetched_at    TIMESTAMP,
    first_seen_at TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    run_id        VARCHAR NOT NULL
);

CREATE TABLE entities (
    entity_id     VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,          -- canonical: the most complete well-formed form
    type          VARCHAR NOT NULL CHECK (type IN ('ORG', 'PER', 'LOC', 'MISC')),
    country       VARCHAR,                   -- ISO 3166 alpha-2 where known (gazetteer)
    first_seen_at TIMESTAMP NOT NULL
);

CREATE TABLE entity_aliases (
    entity_id  VARCHAR NOT NULL,
    alias      VARCHAR NOT NULL
);

CREATE TABLE mentions (
    article_id  VARCHAR NOT NULL,
    entity_id   VARCHAR NOT NULL,
    surface     VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,            -- offsets into articles.text
    end_char    INTEGER NOT NULL
);

CREATE TABLE article_dates (
    article_id  VARCHAR NOT NULL,
    surface     VARCHAR NOT NULL,
    value       VARCHAR NOT NULL,            -- ISO 8601 at the text's precision; ranges START/END
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL
);

CREATE TABLE roles (
    article_id        VARCHAR NOT NULL,
    person_entity_id  VARCHAR NOT NULL,
    role              VARCHAR NOT NULL,
    org_entity_id     VARCHAR                -- NULL when the text names no organisation
);
