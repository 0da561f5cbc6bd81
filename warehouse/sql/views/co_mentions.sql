-- Pairs of entities named in the same stories this week, with how often and in which articles.
-- params: week, type, limit, min_stories
-- week: the ISO week (default: the latest week with mentions); type: keep pairs where either
-- entity has that type; limit: rows (default 50), most shared stories first; min_stories:
-- minimum distinct stories the pair shares (default 2). article_ids: every shared article.
-- Why a bar: a pair shares at most the stories of its rarer entity. The pairs of the week's
-- most-storied entities (`seed`) give the limit-th best count any answer must reach (`bar`);
-- only entities with at least that many stories this week can be in a pair that reaches it, so
-- the pairs enumerated are those of a few hundred entities, not every pair of every story of
-- the week (tens of millions in a dense week). The answer is the same as enumerating them all.
WITH target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(week) FROM entity_weeks)) AS week
),
week_entities AS MATERIALIZED (  -- the week's entities that may reach min_stories
    SELECT w.entity_id, w.stories FROM entity_weeks w JOIN target t ON w.week = t.week
    WHERE w.stories >= coalesce(getvariable('min_stories'), 2)
),
week_rows AS MATERIALIZED (
    SELECT ae.article_id, ae.story_id, ae.entity_id
    FROM article_entities ae JOIN target t ON ae.week = t.week
    WHERE ae.entity_id IN (SELECT entity_id FROM week_entities)
),
seed AS (
    SELECT entity_id FROM week_entities ORDER BY stories DESC, entity_id LIMIT 300
),
seed_story_entities AS (
    SELECT DISTINCT story_id, entity_id FROM week_rows SEMI JOIN seed USING (entity_id)
),
seed_pairs AS (  -- exact counts: a pair's count depends only on the stories of its two entities
    SELECT a.entity_id AS entity_a, b.entity_id AS entity_b, count(*) AS stories
    FROM seed_story_entities a
    JOIN seed_story_entities b ON a.story_id = b.story_id AND a.entity_id < b.entity_id
    GROUP BY a.entity_id, b.entity_id
    HAVING count(*) >= coalesce(getvariable('min_stories'), 2)
),
seed_best AS (
    SELECT p.stories
    FROM seed_pairs p
    JOIN entities ea ON ea.entity_id = p.entity_a
    JOIN entities eb ON eb.entity_id = p.entity_b
    WHERE getvariable('type') IS NULL OR getvariable('type') IN (ea.type, eb.type)
    ORDER BY p.stories DESC
    LIMIT greatest(coalesce(getvariable('limit'), 50), 1)
),
bar AS (  -- the limit-th best seed count when the seed fills the limit, else min_stories
    SELECT CASE WHEN count(*) >= greatest(coalesce(getvariable('limit'), 50), 1)
                THEN greatest(min(stories), coalesce(getvariable('min_stories'), 2))
                ELSE coalesce(getvariable('min_stories'), 2) END AS stories
    FROM seed_best
),
story_entities AS (  -- copies of one story count once
    SELECT DISTINCT r.story_id, r.entity_id
    FROM week_rows r
    WHERE r.entity_id IN (SELECT w.entity_id FROM week_entities w, bar b WHERE w.stories >= b.stories)
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
