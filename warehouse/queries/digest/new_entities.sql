-- New names this week: organisations and people first mentioned by an article of this week,
-- with how many of the week's articles mention them and the first one as a link.
-- Params: $week_start, $week_end (DATE, end exclusive), $new_limit.
WITH dated_articles AS (
    SELECT article_id, url, title, source, coalesce(published_at, first_seen_at) AS dated_at
    FROM articles
),

entity_articles AS (
    SELECT DISTINCT m.entity_id, a.article_id, a.url, a.title, a.source, a.dated_at
    FROM mentions AS m
    JOIN dated_articles AS a USING (article_id)
),

first_mentions AS (
    SELECT entity_id,
           min(dated_at)                    AS first_mentioned_at,
           arg_min(url, dated_at)           AS url,
           arg_min(title, dated_at)         AS title,
           arg_min(source, dated_at)        AS source,
           count(DISTINCT article_id)       AS articles
    FROM entity_articles
    GROUP BY entity_id
)

SELECT e.entity_id, e.name, e.type, f.articles, f.url, f.title, f.source
FROM first_mentions AS f
JOIN entities AS e USING (entity_id)
WHERE e.type IN ('ORG', 'PER')
  AND f.first_mentioned_at >= $week_start AND f.first_mentioned_at < $week_end
ORDER BY f.articles DESC, e.type, e.name
LIMIT $new_limit
