-- Before the per-batch lookups (kept to measure what they replaced): every URL ever seen.
-- Every URL the warehouse knows, when it was first seen, last fetched, and its latest outcome.
WITH sightings AS (
    SELECT url, fetched_at AS seen_at, fetched_at, outcome FROM crawl_log
    UNION ALL
    SELECT url, fetched_at, fetched_at, NULL FROM raw_pages
    UNION ALL
    SELECT url, first_seen_at, fetched_at, 'stored' FROM articles
),
latest_logged AS (
    SELECT url, arg_max(outcome, fetched_at) AS outcome FROM crawl_log GROUP BY url
)
SELECT s.url,
       min(s.seen_at) AS first_seen_at,
       max(s.fetched_at) AS last_fetched_at,
       coalesce(any_value(l.outcome), max(s.outcome)) AS last_outcome
FROM sightings s
LEFT JOIN latest_logged l USING (url)
GROUP BY s.url
ORDER BY s.url;
