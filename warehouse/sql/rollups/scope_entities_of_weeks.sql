-- After the weeks in `rollup_scope` were rebuilt: the entities whose first week may have moved,
-- those counted in these weeks now and those whose first week was one of them.
CREATE OR REPLACE TEMP TABLE rollup_entities AS
SELECT DISTINCT entity_id FROM main.entity_weeks WHERE week IN (SELECT week FROM rollup_scope)
UNION
SELECT entity_id FROM main.entity_first_weeks WHERE first_week IN (SELECT week FROM rollup_scope);
