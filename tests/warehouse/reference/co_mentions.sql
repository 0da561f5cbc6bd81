-- Reference for tests/warehouse/test_query_equivalence.py: `co_mentions` computed directly from
-- mentions and articles (no rollup, no pruning): every pair of every story of the week.
-- params: week, type, limit, min_stories
WITH dated AS (
    SELECT article_id, story_id,
           CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
    FROM articles
),
target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(d.week) FROM dated d SEMI JOIN mentions m USING (article_id))) AS week
),
week_rows AS (
    SELECT DISTINCT m.article_id, d.story_id, m.entity_id
    FROM mentions m JOIN dated d USING (article_id) JOIN target t ON d.week = t.week
),
story_entities AS (
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
    SELECT p.entity_a, p.entity_b, count(*) AS articles,
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
