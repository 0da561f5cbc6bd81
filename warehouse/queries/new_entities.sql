-- Entities first mentioned this week: no article of an earlier week names them.
-- params: week, type, limit
-- week: the ISO week (default: the latest week with mentions); type: ORG|PER|LOC|MISC;
-- limit: rows (default 50), most-cited first. first_url: the earliest article naming it.
WITH target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(week) FROM entity_weeks)) AS week
),
first_weeks AS (
    SELECT entity_id, min(week) AS first_week FROM entity_weeks GROUP BY entity_id
),
new_this_week AS (
    SELECT w.week, w.entity_id, w.articles, w.mentions
    FROM entity_weeks w
    JOIN target t ON w.week = t.week
    JOIN first_weeks f ON f.entity_id = w.entity_id AND f.first_week = w.week
),
first_articles AS (
    SELECT ae.entity_id, arg_min(a.url, coalesce(a.published_at, a.first_seen_at)) AS first_url
    FROM article_entities ae
    JOIN target t ON ae.week = t.week
    JOIN articles a USING (article_id)
    WHERE ae.entity_id IN (SELECT entity_id FROM new_this_week)
    GROUP BY ae.entity_id
)
SELECT n.week, n.entity_id, e.name, e.type, e.country, n.articles, n.mentions, f.first_url
FROM new_this_week n
JOIN entities e USING (entity_id)
JOIN first_articles f USING (entity_id)
WHERE getvariable('type') IS NULL OR e.type = getvariable('type')
ORDER BY n.articles DESC, n.mentions DESC, n.entity_id
LIMIT coalesce(getvariable('limit'), 50)
