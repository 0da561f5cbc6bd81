-- Reference: known_urls_of as it was before the lookup key tables (migration 009), reading
-- crawl_log, raw_pages and articles by the URL string. tests/warehouse/test_lookup_keys.py holds
-- the key tables' answers equal to it.
WITH logged AS MATERIALIZED (
    SELECT url, fetched_at, outcome FROM crawl_log WHERE url IN (SELECT url FROM candidate_urls)
),
sightings AS (
    SELECT url, fetched_at AS seen_at, fetched_at, outcome FROM logged
    UNION ALL
    SELECT url, fetched_at, fetched_at, NULL FROM raw_pages
    WHERE url IN (SELECT url FROM candidate_urls)
    UNION ALL
    SELECT url, first_seen_at, fetched_at, 'stored' FROM articles
    WHERE url IN (SELECT url FROM candidate_urls)
),
latest_logged AS (
    SELECT url, arg_max(outcome, fetched_at) AS outcome FROM logged GROUP BY url
)
SELECT s.url,
       min(s.seen_at) AS first_seen_at,
       max(s.fetched_at) AS last_fetched_at,
       coalesce(any_value(l.outcome), max(s.outcome)) AS last_outcome
FROM sightings s
LEFT JOIN latest_logged l USING (url)
GROUP BY s.url
ORDER BY s.url;
