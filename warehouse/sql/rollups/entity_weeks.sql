-- Rollup rows of `entity_weeks`: one per (week, entity), from `article_entities`.
SELECT week, entity_id,
       sum(mentions) AS mentions,
       count(*) AS articles,
       count(DISTINCT story_id) AS stories,
       count(DISTINCT source) AS sources
FROM article_entities
GROUP BY week, entity_id
ORDER BY week, entity_id
