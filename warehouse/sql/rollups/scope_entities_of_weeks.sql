-- The entities counted in the weeks of `rollup_scope`: their totals change when these weeks are
-- rebuilt. Run before the rebuild (entities counted there until now) and after it (appended).
CREATE TEMP TABLE IF NOT EXISTS rollup_entities (entity_id VARCHAR);

INSERT INTO rollup_entities
SELECT DISTINCT entity_id FROM main.entity_weeks WHERE week IN (SELECT week FROM rollup_scope);
