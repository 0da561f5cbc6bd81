-- New names this week: organisations and people first mentioned by an article of this week
-- ("new" as defined once in views/_entity_first_mentions.sql), with how many of the week's
-- articles mention them and the first one as a link.
-- params: week_start, week_end, new_limit
-- (week_start, week_end: DATE, the end exclusive.)
WITH week_mentions AS (
    SELECT m.entity_id, count(DISTINCT m.article_id) AS articles
    FROM mentions AS m
    JOIN articles AS a USING (article_id)
    WHERE coalesce(a.published_at, a.first_seen_at) >= getvariable('week_start')
      AND coalesce(a.published_at, a.first_seen_at) < getvariable('week_end')
    GROUP BY m.entity_id
)

SELECT e.entity_id, e.name, e.type, w.articles,
       f.first_url AS url, f.first_title AS title, f.first_source AS source
FROM _entity_first_mentions AS f
JOIN entities AS e USING (entity_id)
JOIN week_mentions AS w USING (entity_id)
WHERE e.type IN ('ORG', 'PER')
  AND f.first_mentioned_at >= getvariable('week_start')
  AND f.first_mentioned_at < getvariable('week_end')
ORDER BY w.articles DESC, e.type, e.name
LIMIT getvariable('new_limit')
