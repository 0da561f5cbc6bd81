-- Entities first mentioned this week: no article of an earlier week names them.
-- params: week, type, limit
-- week: the ISO week (default: the latest week with articles); type: ORG|PER|LOC|MISC;
-- limit: rows (default 50), most-mentioned first.
WITH article_weeks AS (
    SELECT article_id, url,
           CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week,
           coalesce(published_at, first_seen_at) AS seen_at
    FROM articles
),
target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(week) FROM article_weeks)) AS week
),
first_weeks AS (
    SELECT m.entity_id, min(a.week) AS first_week
    FROM mentions m
    JOIN article_weeks a USING (article_id)
    GROUP BY m.entity_id
),
this_week AS (
    SELECT m.entity_id,
           count(*) AS mentions,
           count(DISTINCT m.article_id) AS articles,
           arg_min(a.url, a.seen_at) AS first_url
    FROM mentions m
    JOIN article_weeks a USING (article_id)
    JOIN target t ON a.week = t.week
    GROUP BY m.entity_id
)
SELECT f.first_week AS week, w.entity_id, e.name, e.type, e.country,
       w.articles, w.mentions, w.first_url
FROM this_week w
JOIN first_weeks f USING (entity_id)
JOIN target t ON f.first_week = t.week
JOIN entities e USING (entity_id)
WHERE getvariable('type') IS NULL OR e.type = getvariable('type')
ORDER BY w.articles DESC, w.mentions DESC, w.entity_id
LIMIT coalesce(getvariable('limit'), 50)
