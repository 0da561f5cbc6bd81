-- One outcome per URL per run in crawl_log.
SELECT run_id, url, count(*) AS outcomes FROM crawl_log GROUP BY run_id, url HAVING count(*) > 1
