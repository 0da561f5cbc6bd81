-- Rewrite the `entity_first_weeks` rows of the entities in `rollup_entities`.
DELETE FROM main.entity_first_weeks WHERE entity_id IN (SELECT entity_id FROM rollup_entities);

INSERT INTO main.entity_first_weeks
SELECT entity_id, min(week) AS first_week
FROM main.entity_weeks SEMI JOIN rollup_entities USING (entity_id)
GROUP BY entity_id
ORDER BY first_week, entity_id;
