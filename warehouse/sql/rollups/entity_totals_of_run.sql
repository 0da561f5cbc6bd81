-- Inside a lake run, after `entity_weeks_of_run.sql`: the totals move by what the recounted
-- (week, entity) pairs changed (`rollup_weeks_before` -> their rows now), so a daily run writes
-- the totals of the entities it names without reading their history. An entity that lost a pair
-- at its first or last week (an article rewritten or moved) is recounted from entity_weeks.
CREATE OR REPLACE TEMP TABLE rollup_weeks_after AS
SELECT week, entity_id, articles, mentions FROM main.entity_weeks
WHERE week IN (SELECT week FROM rollup_pairs)
  AND (week, entity_id) IN (SELECT (week, entity_id) FROM rollup_pairs);

CREATE OR REPLACE TEMP TABLE rollup_entities AS
SELECT DISTINCT b.entity_id
FROM rollup_weeks_before b
ANTI JOIN rollup_weeks_after a USING (week, entity_id)
JOIN main.entity_totals t USING (entity_id)
WHERE b.week = t.first_week OR b.week = t.last_week;

MERGE INTO main.entity_totals AS t
USING (
    SELECT entity_id,
           min(week) FILTER (WHERE sign = 1) AS first_week,
           max(week) FILTER (WHERE sign = 1) AS last_week,
           sum(sign) AS weeks,
           sum(sign * articles) AS articles,
           sum(sign * mentions) AS mentions
    FROM (SELECT week, entity_id, articles, mentions, -1 AS sign FROM rollup_weeks_before
          UNION ALL
          SELECT week, entity_id, articles, mentions, 1 AS sign FROM rollup_weeks_after)
    WHERE entity_id NOT IN (SELECT entity_id FROM rollup_entities)
    GROUP BY entity_id
) AS d
ON t.entity_id = d.entity_id
WHEN MATCHED AND (d.weeks, d.articles, d.mentions) <> (0, 0, 0)
             OR d.first_week < t.first_week OR d.last_week > t.last_week THEN UPDATE SET
    first_week = least(t.first_week, coalesce(d.first_week, t.first_week)),
    last_week = greatest(t.last_week, coalesce(d.last_week, t.last_week)),
    weeks = t.weeks + d.weeks,
    articles = t.articles + d.articles,
    mentions = t.mentions + d.mentions
WHEN NOT MATCHED AND d.weeks > 0 THEN INSERT
    VALUES (d.entity_id, d.first_week, d.last_week, d.weeks, d.articles, d.mentions);
