-- Mentions per ISO week and entity: mentions, distinct articles, distinct sources.
-- params: week, type, limit
-- week: only that ISO week (any day of it; default: every week); type: ORG|PER|LOC|MISC;
-- limit: top N entities per week by articles (default: all). An article's week is that of its
-- published_at, or first_seen_at when the page gave no date.
WITH article_weeks AS (
    SELECT article_id, source,
           CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
    FROM articles
),
wanted_weeks AS (
    SELECT * FROM article_weeks
    WHERE getvariable('week') IS NULL
       OR week = CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE)
),
weekly AS (
    SELECT w.week, m.entity_id,
           count(*) AS mentions,
           count(DISTINCT m.article_id) AS articles,
           count(DISTINCT w.source) AS sources
    FROM mentions m
    JOIN wanted_weeks w USING (article_id)
    GROUP BY w.week, m.entity_id
)
SELECT weekly.week,
       isoyear(weekly.week) AS iso_year,
       weekofyear(weekly.week) AS iso_week,
       weekly.entity_id, e.name, e.type, e.country,
       weekly.mentions, weekly.articles, weekly.sources
FROM weekly
JOIN entities e USING (entity_id)
WHERE getvariable('type') IS NULL OR e.type = getvariable('type')
QUALIFY getvariable('limit') IS NULL
     OR row_number() OVER (PARTITION BY weekly.week
                           ORDER BY weekly.articles DESC, weekly.mentions DESC, weekly.entity_id)
        <= getvariable('limit')
ORDER BY weekly.week DESC, weekly.articles DESC, weekly.mentions DESC, weekly.entity_id
