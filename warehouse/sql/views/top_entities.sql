-- The most-cited entities of each type and country (entities.country; 'ZZ' when unknown).
-- params: week, type, country, limit, kind, watched
-- week: only that ISO week (default: all time); type: ORG|PER|LOC|MISC; country: ISO alpha-2;
-- limit: entities per (type, country) group (default 10), by distinct articles.
-- weeks: in how many weeks it was cited; last_week: the latest of them. kind: registry kind
-- (entity_registry: cluster, pole, technopark...); watched: true for the watch list only.
WITH counts AS (  -- all time: the per-entity rollup; one week: that week's rows
    SELECT entity_id, CAST(articles AS HUGEINT) AS articles, CAST(mentions AS HUGEINT) AS mentions,
           weeks, last_week
    FROM entity_totals
    WHERE getvariable('week') IS NULL
    UNION ALL
    SELECT entity_id,
           sum(articles) AS articles,   -- an article belongs to one week: sums are exact
           sum(mentions) AS mentions,
           count(*) AS weeks,
           max(week) AS last_week
    FROM entity_weeks
    WHERE getvariable('week') IS NOT NULL
      AND week = CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE)
    GROUP BY entity_id
)
SELECT e.type, coalesce(e.country, 'ZZ') AS country,
       row_number() OVER (PARTITION BY e.type, coalesce(e.country, 'ZZ')
                          ORDER BY c.articles DESC, c.mentions DESC, c.entity_id) AS rank,
       c.entity_id, e.name, c.articles, c.mentions, c.weeks, c.last_week
FROM counts c
JOIN entities e USING (entity_id)
LEFT JOIN entity_registry r USING (entity_id)
WHERE (getvariable('type') IS NULL OR e.type = getvariable('type'))
  AND (getvariable('kind') IS NULL OR r.kind = getvariable('kind'))
  AND (getvariable('watched') IS NULL OR NOT getvariable('watched') OR coalesce(r.watched, false))
  AND (getvariable('country') IS NULL OR coalesce(e.country, 'ZZ') = getvariable('country'))
QUALIFY rank <= coalesce(getvariable('limit'), 10)
ORDER BY e.type, country, rank
