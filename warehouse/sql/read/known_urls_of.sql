-- The URLs of the batch at hand (table `candidate_urls`, column `url`, canonical) that the
-- warehouse has seen: when first seen, last fetched, and the latest outcome. Only these URLs'
-- rows are read and returned (a crawl asks once per feed, sitemap or listing response), never
-- every URL ever seen; URL by URL, the same answer as the whole read it replaced.
-- Read from `url_sightings` (migration 009: one row per crawl_log, raw_pages and articles row,
-- keyed by the first 16 hex digits of md5(url)), joined on the key, confirmed on the string. On
-- a lake the table is sorted by the key in row groups of 4,096 rows, and the join pushes the
-- batch's keys into the scan as an IN list checked against each row group's min/max, so only
-- the row groups holding a key are read, when the batch has at most
-- `dynamic_or_filter_threshold` rows (DuckDB's default, 50, is raised here for the connection;
-- above it only the keys' min and max are pushed: a whole scan). Callers send at most
-- `warehouse.read.LOOKUP_CHUNK` URLs per query.
SET dynamic_or_filter_threshold = 1000;
WITH candidates AS MATERIALIZED (
    SELECT DISTINCT url, ('0x' || left(md5(url), 16))::UBIGINT AS url_key FROM candidate_urls
),
sightings AS MATERIALIZED (
    SELECT s.url, s.kind, s.seen_at, s.fetched_at, s.outcome
    FROM url_sightings s JOIN candidates c ON s.url_key = c.url_key AND s.url = c.url
),
latest_logged AS (
    SELECT url, arg_max(outcome, fetched_at) AS outcome FROM sightings
    WHERE kind = 'crawl_log' GROUP BY url
)
SELECT s.url,
       min(s.seen_at) AS first_seen_at,
       max(s.fetched_at) AS last_fetched_at,
       coalesce(any_value(l.outcome), max(s.outcome)) AS last_outcome
FROM sightings s
LEFT JOIN latest_logged l USING (url)
GROUP BY s.url
ORDER BY s.url;
