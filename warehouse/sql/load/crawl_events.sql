-- The lookup keys follow (url_sightings, migration 009): the replaced outcomes' rows go, the
-- new ones come, sorted by key. The delete is asked by key first: on a lake it reads only the
-- row groups holding the batch's keys (a new run's outcomes replace nothing).
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

-- One outcome per URL per run: a re-loaded event replaces the earlier one, never duplicates it.
DELETE FROM crawl_log
WHERE (run_id, url) IN (SELECT (run_id, url) FROM incoming_crawl_events);

INSERT INTO crawl_log (run_id, url, source, fetched_at, status, outcome, reason)
SELECT run_id, url, source, fetched_at, status, outcome, reason
FROM incoming_crawl_events
QUALIFY row_number() OVER (PARTITION BY run_id, url ORDER BY fetched_at DESC) = 1;
