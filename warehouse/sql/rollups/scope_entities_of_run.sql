-- Inside a lake run, after `entity_weeks_of_run.sql`: the entities whose first week may have
-- moved are those of the (week, entity) pairs the run recounted in a week no later than their
-- first week (or with no first week yet). A daily run names thousands of entities seen for
-- months: their first week cannot move, and they are left alone.
CREATE OR REPLACE TEMP TABLE rollup_entities AS
SELECT DISTINCT p.entity_id
FROM rollup_pairs p LEFT JOIN main.entity_first_weeks f USING (entity_id)
WHERE f.first_week IS NULL OR p.week <= f.first_week;
