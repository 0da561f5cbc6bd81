-- Conditional-GET validators of URLs no crawl has seen since `cutoff`: a feed or sitemap dropped
-- from the registry, an article gone from every feed. "Seen" is the last 200 that stored the
-- validator (checked_at) or any crawl_log row of the URL (a 304 re-check stores no validator).
-- Without this the table only grows. Returns the count of rows removed.
-- params: cutoff
DELETE FROM http_validators AS v
WHERE v.checked_at < getvariable('cutoff')
  AND NOT EXISTS (SELECT 1 FROM crawl_log AS c
                  WHERE c.url = v.url AND c.fetched_at >= getvariable('cutoff'));
