-- Dead-link memory from one run's crawl_log ($run_id): 404/410 answers count one more failure,
-- any 2xx/3xx answer forgets the URL. Idempotent: a row already counted at this moment (same
-- last_checked_at) is not counted again.
INSERT INTO dead_links BY NAME
SELECT url, arg_max(status, fetched_at) AS status, 1 AS failures,
       max(fetched_at) AS first_failed_at, max(fetched_at) AS last_checked_at
FROM crawl_log
WHERE run_id = $run_id AND outcome = 'http-error' AND status IN (404, 410)
GROUP BY url
ON CONFLICT (url) DO UPDATE SET
    status = excluded.status,
    failures = CASE WHEN excluded.last_checked_at > dead_links.last_checked_at
                    THEN dead_links.failures + 1 ELSE dead_links.failures END,
    last_checked_at = greatest(dead_links.last_checked_at, excluded.last_checked_at);

DELETE FROM dead_links
WHERE url IN (SELECT url FROM crawl_log
              WHERE run_id = $run_id AND status BETWEEN 200 AND 399);
