-- One outcome per URL per run: a re-loaded event replaces the earlier one, never duplicates it.
-- Its lookup key row (url_sightings, migration 009) follows it: replaced with it, written first
-- (the loader returns the count of the last statement, the crawl_log insert). The delete asks
-- by key first: on a lake it reads only the row groups holding the batch's keys, since a join
-- side of at most 1,000 rows is pushed into the scan as an IN list (the lookups set the same on
-- the writer's connection, read/known_urls_of.sql). A new run's outcomes replace nothing.
SET dynamic_or_filter_threshold = 1000;

DELETE FROM url_sightings
WHERE url_key IN (SELECT ('0x' || left(md5(url), 16))::UBIGINT FROM incoming_crawl_events)
  AND kind = 'crawl_log'
  AND (run_id, url) IN (SELECT (run_id, url) FROM incoming_crawl_events);

INSERT INTO url_sightings
SELECT ('0x' || left(md5(url), 16))::UBIGINT AS url_key, url, 'crawl_log', run_id, fetched_at,
       fetched_at, outcome, NULL
FROM incoming_crawl_events
QUALIFY row_number() OVER (PARTITION BY run_id, url ORDER BY fetched_at DESC) = 1
ORDER BY url_key;

DELETE FROM crawl_log
WHERE (run_id, url) IN (SELECT (run_id, url) FROM incoming_crawl_events);

INSERT INTO crawl_log (run_id, url, source, fetched_at, status, outcome, reason)
SELECT run_id, url, source, fetched_at, status, outcome, reason
FROM incoming_crawl_events
QUALIFY row_number() OVER (PARTITION BY run_id, url ORDER BY fetched_at DESC) = 1;
