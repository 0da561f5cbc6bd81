-- One outcome per URL per run: a re-loaded event replaces the earlier one, never duplicates it.
DELETE FROM crawl_log
WHERE (run_id, url) IN (SELECT (run_id, url) FROM incoming_crawl_events);

INSERT INTO crawl_log (run_id, url, source, fetched_at, status, outcome, reason)
SELECT run_id, url, source, fetched_at, status, outcome, reason
FROM incoming_crawl_events
QUALIFY row_number() OVER (PARTITION BY run_id, url ORDER BY fetched_at DESC) = 1;
