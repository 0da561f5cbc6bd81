-- Recount the `entity_totals` rows of the entities in `rollup_entities` from `entity_weeks`.
DELETE FROM main.entity_totals WHERE entity_id IN (SELECT entity_id FROM rollup_entities);

INSERT INTO main.entity_totals
SELECT entity_id, min(week) AS first_week, max(week) AS last_week, count(*) AS weeks,
       CAST(sum(articles) AS BIGINT) AS articles, CAST(sum(mentions) AS BIGINT) AS mentions
FROM main.entity_weeks SEMI JOIN (SELECT DISTINCT entity_id FROM rollup_entities) USING (entity_id)
GROUP BY entity_id
ORDER BY entity_id;

DROP TABLE rollup_entities;
