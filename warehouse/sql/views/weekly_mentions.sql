-- Mentions per ISO week and entity: mentions, distinct articles, distinct sources.
-- params: week, type, limit
-- week: only that ISO week (any day of it; default: every week); type: ORG|PER|LOC|MISC;
-- limit: top N entities per week by articles (default 50; the full series is the table
-- entity_weeks). An article's week is that of published_at, or first_seen_at when undated.
WITH wanted AS (
    SELECT * FROM entity_weeks
    WHERE (getvariable('week') IS NULL
           OR week = CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE))
      AND (getvariable('type') IS NULL
           OR entity_id IN (SELECT entity_id FROM entities WHERE type = getvariable('type')))
),
top_per_week AS (  -- a top-N aggregate: no sort of every row
    SELECT week,
           unnest(max_by(entity_id, (articles, mentions, entity_id),
                         coalesce(getvariable('limit'), 50))) AS entity_id
    FROM wanted
    GROUP BY week
)
SELECT w.week, isoyear(w.week) AS iso_year, weekofyear(w.week) AS iso_week,
       w.entity_id, e.name, e.type, e.country, w.mentions, w.articles, w.sources
FROM top_per_week t
JOIN wanted w USING (week, entity_id)
JOIN entities e USING (entity_id)
ORDER BY w.week DESC, w.articles DESC, w.mentions DESC, w.entity_id
