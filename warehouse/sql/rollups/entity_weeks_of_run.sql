-- Inside a lake run, after `article_entities_of_run.sql`: recount the (week, entity) pairs the
-- run's articles count in, before (noted in rollup_pairs) and now (rows with no snapshot yet).
INSERT INTO rollup_pairs
SELECT DISTINCT week, entity_id FROM main.article_entities WHERE snapshot_id IS NULL;

-- Their rows until now, from which `entity_totals_of_run.sql` moves the totals.
CREATE OR REPLACE TEMP TABLE rollup_weeks_before AS
SELECT week, entity_id, articles, mentions FROM main.entity_weeks
WHERE week IN (SELECT week FROM rollup_pairs)
  AND (week, entity_id) IN (SELECT (week, entity_id) FROM rollup_pairs);

DELETE FROM main.entity_weeks
WHERE week IN (SELECT week FROM rollup_pairs)
  AND (week, entity_id) IN (SELECT (week, entity_id) FROM rollup_pairs);

INSERT INTO main.entity_weeks
SELECT week, entity_id,
       sum(mentions) AS mentions,
       count(*) AS articles,
       count(DISTINCT story_id) AS stories,
       count(DISTINCT source) AS sources
FROM main.article_entities SEMI JOIN rollup_pairs USING (week, entity_id)
WHERE week IN (SELECT week FROM rollup_pairs)
GROUP BY week, entity_id
ORDER BY week, entity_id;
