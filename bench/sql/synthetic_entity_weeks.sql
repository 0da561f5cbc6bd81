-- The `entity_weeks` rollup rows of the weeks in [from_week, to_week), from `article_entities`
-- (the definition of warehouse/sql/rollups/entity_weeks.sql, with a range the Parquet files'
-- statistics can prune on, so each slice of weeks reads its own rows only).
-- params: from_week, to_week
INSERT INTO entity_weeks
SELECT week, entity_id,
       sum(mentions) AS mentions,
       count(*) AS articles,
       count(DISTINCT story_id) AS stories,
       count(DISTINCT source) AS sources
FROM article_entities
WHERE week >= getvariable('from_week') AND week < getvariable('to_week')
GROUP BY week, entity_id
ORDER BY week, entity_id
