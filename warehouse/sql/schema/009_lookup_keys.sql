-- 009: lookup key tables. A run asks which of a batch's URLs and content hashes the warehouse
-- knows (read/known_urls_of.sql, read/article_hashes_of.sql); URLs and hashes are spread over
-- every file of crawl_log, raw_pages and articles, so asking about 200 of them read the whole
-- column (docs/warehouse.md, *A lookup whose cost does not grow*). These tables hold one narrow
-- key per row: the first 16 hex digits of md5 of the string, read as a UBIGINT (a standard
-- digest: stable across DuckDB versions, unlike hash()). On a lake they are written sorted by
-- the key in small row groups (schema/lake/009_lookup_keys.sql): a lookup joined on the key
-- reads only the row groups holding the batch's keys. The loaders keep them in step with the
-- rows (checks/lookup_keys_match_rows.sql).

-- One row per crawl_log, raw_pages and articles row: what known_urls_of.sql aggregates.
CREATE TABLE url_sightings (
    url_key     UBIGINT NOT NULL,            -- ('0x' || left(md5(url), 16))::UBIGINT
    url         VARCHAR NOT NULL,            -- canonical URL
    kind        VARCHAR NOT NULL,            -- crawl_log | raw_page | article: the row it mirrors
    run_id      VARCHAR,                     -- crawl_log: its run (one outcome per URL per run)
    seen_at     TIMESTAMP NOT NULL,          -- crawl_log, raw_page: fetched_at; article: first_seen_at
    fetched_at  TIMESTAMP,
    outcome     VARCHAR,                     -- crawl_log: its outcome; raw_page: NULL; article: 'stored'
    content_hash VARCHAR                     -- article: its content_hash (the duplicate check's URL side)
);

-- One row per article: its content hash, what the duplicate check asks.
CREATE TABLE article_hash_keys (
    hash_key     UBIGINT NOT NULL,           -- ('0x' || left(md5(content_hash), 16))::UBIGINT
    content_hash VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL
);

INSERT INTO url_sightings
SELECT ('0x' || left(md5(url), 16))::UBIGINT AS url_key, url, kind, run_id, seen_at, fetched_at,
       outcome, content_hash
FROM (SELECT url, 'crawl_log' AS kind, run_id, fetched_at AS seen_at, fetched_at, outcome,
             NULL AS content_hash FROM crawl_log
      UNION ALL
      SELECT url, 'raw_page', NULL, fetched_at, fetched_at, NULL, NULL FROM raw_pages
      UNION ALL
      SELECT url, 'article', NULL, first_seen_at, fetched_at, 'stored', content_hash FROM articles)
ORDER BY url_key;

INSERT INTO article_hash_keys
SELECT ('0x' || left(md5(content_hash), 16))::UBIGINT AS hash_key, content_hash, url, article_id
FROM articles
ORDER BY hash_key;
