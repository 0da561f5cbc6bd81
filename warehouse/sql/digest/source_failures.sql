-- Sources that failed this week: crawl errors (http-error, timeout, parse-error) per source,
-- and sources that stored no article this week although they did in the baseline weeks before.
-- params: week_start, week_end, baseline_weeks
-- (week_start, week_end: DATE, the end exclusive.)
WITH failures AS (
    SELECT source,
           count(*) FILTER (WHERE outcome = 'http-error')  AS http_errors,
           count(*) FILTER (WHERE outcome = 'timeout')     AS timeouts,
           count(*) FILTER (WHERE outcome = 'parse-error') AS parse_errors,
           arg_max(reason, fetched_at)                     AS last_reason
    FROM crawl_log
    WHERE fetched_at >= getvariable('week_start') AND fetched_at < getvariable('week_end')
      AND outcome IN ('http-error', 'timeout', 'parse-error')
    GROUP BY source
),

stored AS (
    SELECT source,
           count(*) FILTER (WHERE first_seen_at >= getvariable('week_start') AND first_seen_at < getvariable('week_end'))
               AS stored_this_week,
           count(*) FILTER (WHERE first_seen_at >= getvariable('week_start') - to_weeks(getvariable('baseline_weeks'))
                              AND first_seen_at < getvariable('week_start'))
               AS stored_before,
           max(first_seen_at) FILTER (WHERE first_seen_at < getvariable('week_end')) AS last_stored_at
    FROM articles
    GROUP BY source
),

silent AS (
    SELECT source FROM stored WHERE stored_this_week = 0 AND stored_before > 0
)

SELECT source,
       coalesce(f.http_errors, 0)  AS http_errors,
       coalesce(f.timeouts, 0)     AS timeouts,
       coalesce(f.parse_errors, 0) AS parse_errors,
       f.last_reason,
       s.source IS NOT NULL        AS silent,
       st.last_stored_at
FROM failures AS f
FULL OUTER JOIN silent AS s USING (source)
LEFT JOIN stored AS st USING (source)
ORDER BY coalesce(f.http_errors, 0) + coalesce(f.timeouts, 0) + coalesce(f.parse_errors, 0) DESC,
         source
