-- The most-cited entities of each type and country (entities.country; 'ZZ' when unknown).
-- params: week, type, country, limit
-- week: only that ISO week (default: all time); type: ORG|PER|LOC|MISC; country: ISO alpha-2;
-- limit: entities per (type, country) group (default 10), by distinct articles.
WITH article_weeks AS (
    SELECT article_id, source,
           CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
    FROM articles
),
wanted_articles AS (
    SELECT * FROM article_weeks
    WHERE getvariable('week') IS NULL
       OR week = CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE)
),
counts AS (
    SELECT m.entity_id,
           count(*) AS mentions,
           count(DISTINCT m.article_id) AS articles,
           count(DISTINCT w.source) AS sources
    FROM mentions m
    JOIN wanted_articles w USING (article_id)
    GROUP BY m.entity_id
)
SELECT e.type, coalesce(e.country, 'ZZ') AS country,
       row_number() OVER (PARTITION BY e.type, coalesce(e.country, 'ZZ')
                          ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank,
       c.entity_id, e.name, c.articles, c.mentions, c.sources
FROM counts c
JOIN entities e USING (entity_id)
WHERE (getvariable('type') IS NULL OR e.type = getvariable('type'))
  AND (getvariable('country') IS NULL OR coalesce(e.country, 'ZZ') = getvariable('country'))
QUALIFY rank <= coalesce(getvariable('limit'), 10)
ORDER BY e.type, country, rank
