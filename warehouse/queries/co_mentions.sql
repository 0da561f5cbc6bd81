-- Pairs of entities named in the same articles this week, with how often and where.
-- params: week, type, limit, min_stories
-- week: the ISO week (default: the latest week with mentions); type: keep pairs where either
-- entity has that type; limit: rows (default 50); min_stories: minimum distinct stories the pair
-- shares (default 2). article_ids lists every shared article.
WITH target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(week) FROM entity_weeks)) AS week
),
supported AS (  -- a pair shares at most the stories of its rarer entity: drop the rare ones
    SELECT w.entity_id FROM entity_weeks w JOIN target t ON w.week = t.week
    WHERE w.stories >= coalesce(getvariable('min_stories'), 2)
),
article_entities_this_week AS (
    SELECT ae.article_id, ae.story_id, ae.entity_id
    FROM article_entities ae JOIN target t ON ae.week = t.week
    WHERE ae.entity_id IN (SELECT entity_id FROM supported)
),
pairs AS (
    SELECT a.entity_id AS entity_a, b.entity_id AS entity_b, a.article_id, a.story_id
    FROM article_entities_this_week a
    JOIN article_entities_this_week b
      ON a.article_id = b.article_id AND a.entity_id < b.entity_id
),
counted AS (
    SELECT entity_a, entity_b,
           count(*) AS articles,
           count(DISTINCT story_id) AS stories,
           list(article_id ORDER BY article_id) AS article_ids
    FROM pairs
    GROUP BY entity_a, entity_b
    HAVING count(DISTINCT story_id) >= coalesce(getvariable('min_stories'), 2)
)
SELECT (SELECT week FROM target) AS week,
       c.entity_a, ea.name AS name_a, ea.type AS type_a,
       c.entity_b, eb.name AS name_b, eb.type AS type_b,
       c.articles, c.stories, c.article_ids
FROM counted c
JOIN entities ea ON ea.entity_id = c.entity_a
JOIN entities eb ON eb.entity_id = c.entity_b
WHERE getvariable('type') IS NULL OR getvariable('type') IN (ea.type, eb.type)
ORDER BY c.stories DESC, c.articles DESC, c.entity_a, c.entity_b
LIMIT coalesce(getvariable('limit'), 50)
