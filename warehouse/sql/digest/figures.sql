-- Headline figures of one ISO week: articles, outlets, stories, and new names (ORG/PER).
-- An article is dated by its publication date, else by when the crawler first stored it.
-- params: week_start, week_end
-- (week_start, week_end: DATE, the end exclusive.)
WITH dated_articles AS (
    SELECT article_id, source, story_id, coalesce(published_at, first_seen_at) AS dated_at
    FROM articles
),

week_articles AS (
    SELECT * FROM dated_articles
    WHERE dated_at >= getvariable('week_start') AND dated_at < getvariable('week_end')
),

new_names AS (  -- "new" as defined once in views/_entity_first_mentions.sql
    SELECT f.entity_id
    FROM _entity_first_mentions AS f
    JOIN entities AS e USING (entity_id)
    WHERE e.type IN ('ORG', 'PER')
      AND f.first_mentioned_at >= getvariable('week_start')
      AND f.first_mentioned_at < getvariable('week_end')
)

SELECT
    (SELECT count(*) FROM week_articles)                  AS articles,
    (SELECT count(DISTINCT source) FROM week_articles)    AS sources,
    (SELECT count(DISTINCT story_id) FROM week_articles)  AS stories,
    (SELECT count(*) FROM new_names)                      AS new_entities
