-- Rollup rows of `entity_first_weeks` for every entity, from `entity_weeks` (a full rebuild).
SELECT entity_id, min(week) AS first_week
FROM entity_weeks
GROUP BY entity_id
ORDER BY first_week, entity_id
