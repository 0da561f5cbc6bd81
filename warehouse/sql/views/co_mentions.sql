-- Pairs of entities named in the same stories this week, with how often and in which articles.
-- params: week, type, limit, min_stories
-- week: the ISO week (default: the latest week with mentions); type: keep pairs where either
-- entity has that type; limit: rows (default 50), most shared stories first; min_stories:
-- minimum distinct stories the pair shares (default 2). article_ids: every shared article.
WITH target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(week) FROM entity_weeks)) AS week
),
supported AS (  -- a pair shares at most the stories of its rarer entity: drop the rare ones
    SELECT w.entity_id FROM entity_weeks w JOIN target t ON w.week = t.week
    WHERE w.stories >= coalesce(getvariable('min_stories'), 2)
),
week_rows AS (
    SELECT ae.article_id, ae.story_id, ae.entity_id
    FROM article_entities ae JOIN target t ON ae.week = t.week
    WHERE ae.entity_id IN (SELECT entity_id FROM supported)
),
story_entities AS (  -- copies of one story count once
    SELECT DISTINCT story_id, entity_id FROM week_rows
),
story_pairs AS (
    SELECT a.entity_id AS entity_a, b.entity_id AS entity_b, count(*) AS stories
    FROM story_entities a
    JOIN story_entities b ON a.story_id = b.story_id AND a.entity_id < b.entity_id
    GROUP BY a.entity_id, b.entity_id
    HAVING count(*) >= coalesce(getvariable('min_stories'), 2)
),
top_pairs AS (
    SELECT p.*, ea.name AS name_a, ea.type AS type_a, eb.name AS name_b, eb.type AS type_b
    FROM story_pairs p
    JOIN entities ea ON ea.entity_id = p.entity_a
    JOIN entities eb ON eb.entity_id = p.entity_b
    WHERE getvariable('type') IS NULL OR getvariable('type') IN (ea.type, eb.type)
    ORDER BY p.stories DESC, p.entity_a, p.entity_b
    LIMIT coalesce(getvariable('limit'), 50)
),
pair_articles AS (
    SELECT p.entity_a, p.entity_b,
           count(*) AS articles,
           list(a.article_id ORDER BY a.article_id) AS article_ids
    FROM top_pairs p
    JOIN week_rows a ON a.entity_id = p.entity_a
    JOIN week_rows b ON b.entity_id = p.entity_b AND b.article_id = a.article_id
    GROUP BY p.entity_a, p.entity_b
)
SELECT (SELECT week FROM target) AS week,
       p.entity_a, p.name_a, p.type_a, p.entity_b, p.name_b, p.type_b,
       a.articles, p.stories, a.article_ids
FROM top_pairs p
JOIN pair_articles a USING (entity_a, entity_b)
ORDER BY p.stories DESC, a.articles DESC, p.entity_a, p.entity_b
