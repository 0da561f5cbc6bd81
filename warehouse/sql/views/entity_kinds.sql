-- Every entity with its registry kind and whether the analysts watch it, most-cited first.
-- params: type, kind, watched, limit
-- type: ORG|PER|LOC|MISC; kind: registry kind (cluster, pole, technopark, company, institution...;
-- NULL when the registry does not know the entity); watched: true for the analysts' watch list
-- only; limit: rows (default 500). articles, weeks, last_week: from the rollups.
-- Read from `entity_totals` (one row per entity: the sums of its `entity_weeks` rows, kept by
-- every write), not from every (week, entity) row of the history: the same numbers.
WITH cited AS (
    SELECT entity_id, articles, weeks, last_week FROM entity_totals
)
SELECT e.entity_id, e.name, e.type, e.country, r.kind, coalesce(r.watched, false) AS watched,
       coalesce(c.articles, 0) AS articles, coalesce(c.weeks, 0) AS weeks, c.last_week
FROM entities e
LEFT JOIN entity_registry r USING (entity_id)
LEFT JOIN cited c USING (entity_id)
WHERE (getvariable('type') IS NULL OR e.type = getvariable('type'))
  AND (getvariable('kind') IS NULL OR r.kind = getvariable('kind'))
  AND (getvariable('watched') IS NULL OR NOT getvariable('watched') OR coalesce(r.watched, false))
ORDER BY articles DESC, e.name
LIMIT coalesce(getvariable('limit'), 500);
