-- Mentions per ISO week and entity: mentions, distinct articles, distinct sources.
-- params: week, type, limit
-- week: only that ISO week (any day of it; default: every week); type: ORG|PER|LOC|MISC;
-- limit: top N entities per week by articles (default 50; the full series is the table
-- entity_weeks). An article's week is that of published_at, or first_seen_at when undated.
WITH wanted_weeks AS (
    SELECT * FROM entity_weeks
    WHERE getvariable('week') IS NULL
       OR week = CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE)
),
typed AS (
    SELECT w.week, w.entity_id, e.name, e.type, e.country, w.mentions, w.articles, w.sources
    FROM wanted_weeks w
    JOIN entities e USING (entity_id)
    WHERE getvariable('type') IS NULL OR e.type = getvariable('type')
)
SELECT week, isoyear(week) AS iso_year, weekofyear(week) AS iso_week,
       entity_id, name, type, country, mentions, articles, sources
FROM typed
QUALIFY row_number() OVER (PARTITION BY week ORDER BY articles DESC, mentions DESC, entity_id)
        <= coalesce(getvariable('limit'), 50)
ORDER BY week DESC, articles DESC, mentions DESC, entity_id
