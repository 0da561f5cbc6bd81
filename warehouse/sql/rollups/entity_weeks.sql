-- Rollup rows of `entity_weeks` for the weeks in `rollup_scope`, from `article_entities`.
SELECT week, entity_id,
       sum(mentions) AS mentions,
       count(*) AS articles,
       count(DISTINCT story_id) AS stories,
       count(DISTINCT source) AS sources
FROM article_entities
WHERE week IN (SELECT week FROM rollup_scope)
GROUP BY week, entity_id
ORDER BY week, entity_id
