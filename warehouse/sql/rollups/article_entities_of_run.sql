-- Rollup rows of `article_entities` for the articles in `rollup_articles` (a lake run's own).
WITH scoped_articles AS (
    SELECT article_id, story_id, source,
           CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
    FROM articles SEMI JOIN rollup_articles USING (article_id)
)
SELECT a.week, m.article_id, m.entity_id, a.story_id, a.source,
       CAST(count(*) AS INTEGER) AS mentions
FROM mentions m
JOIN scoped_articles a USING (article_id)
GROUP BY a.week, m.article_id, m.entity_id, a.story_id, a.source
ORDER BY a.week
