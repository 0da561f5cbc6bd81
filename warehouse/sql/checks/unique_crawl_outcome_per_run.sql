-- One outcome per URL per run in crawl_log.
SELECT run_id, url, count(*) AS outcomes FROM crawl_log
SEMI JOIN checked_crawl_log USING (run_id, url)
GROUP BY run_id, url HAVING count(*) > 1
