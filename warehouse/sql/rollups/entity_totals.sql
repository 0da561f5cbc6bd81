-- Rollup rows of `entity_totals` for every entity, from `entity_weeks` (a full rebuild).
SELECT entity_id, min(week) AS first_week, max(week) AS last_week, count(*) AS weeks,
       CAST(sum(articles) AS BIGINT) AS articles, CAST(sum(mentions) AS BIGINT) AS mentions
FROM entity_weeks
GROUP BY entity_id
ORDER BY entity_id
