-- Reference for tests/warehouse/test_query_equivalence.py: `new_entities` computed directly from
-- mentions and articles (no rollup): an entity is new in the week of its earliest dated mention.
-- params: week, type, limit
WITH dated AS (
    SELECT article_id, url, coalesce(published_at, first_seen_at) AS dated_at,
           CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
    FROM articles
),
target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(d.week) FROM dated d SEMI JOIN mentions m USING (article_id))) AS week
),
firsts AS (
    SELECT m.entity_id, min(d.week) AS first_week, arg_min(d.url, d.dated_at) AS first_url
    FROM mentions m JOIN dated d USING (article_id)
    GROUP BY m.entity_id
),
this_week AS (
    SELECT m.entity_id, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
    FROM mentions m JOIN dated d USING (article_id) JOIN target t ON d.week = t.week
    GROUP BY m.entity_id
)
SELECT t.week, w.entity_id, e.name, e.type, e.country, w.articles, w.mentions, f.first_url
FROM this_week w
CROSS JOIN target t
JOIN firsts f ON f.entity_id = w.entity_id AND f.first_week = t.week
JOIN entities e ON e.entity_id = w.entity_id
WHERE getvariable('type') IS NULL OR e.type = getvariable('type')
ORDER BY w.articles DESC, w.mentions DESC, w.entity_id
LIMIT coalesce(getvariable('limit'), 50)
