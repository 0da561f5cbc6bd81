-- Dead-link memory from one run's crawl_log (run_id): 404/410 answers count one more failure,
-- any 2xx/3xx answer forgets the URL. Idempotent: a row already counted at this moment (same
-- last_checked_at) is not counted again.
-- params: run_id
MERGE INTO dead_links AS d
USING (SELECT url, arg_max(status, fetched_at) AS status, 1 AS failures,
              max(fetched_at) AS first_failed_at, max(fetched_at) AS last_checked_at
       FROM crawl_log
       WHERE run_id = getvariable('run_id') AND outcome = 'http-error' AND status IN (404, 410)
       GROUP BY url) AS i
ON d.url = i.url
WHEN MATCHED AND (d.status <> i.status OR i.last_checked_at > d.last_checked_at) THEN UPDATE SET
    status = i.status,
    failures = CASE WHEN i.last_checked_at > d.last_checked_at THEN d.failures + 1 ELSE d.failures END,
    last_checked_at = greatest(d.last_checked_at, i.last_checked_at)
WHEN NOT MATCHED THEN INSERT BY NAME;

DELETE FROM dead_links
WHERE url IN (SELECT url FROM crawl_log
              WHERE run_id = getvariable('run_id') AND status BETWEEN 200 AND 399);
