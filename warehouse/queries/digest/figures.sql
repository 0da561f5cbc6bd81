-- Headline figures of one ISO week: articles, outlets, stories, and new names (ORG/PER).
-- An article is dated by its publication date, else by when the crawler first stored it.
-- Params: $week_start, $week_end (DATE, end exclusive).
WITH dated_articles AS (
    SELECT article_id, source, story_id, coalesce(published_at, first_seen_at) AS dated_at
    FROM articles
),

week_articles AS (
    SELECT * FROM dated_articles
    WHERE dated_at >= $week_start AND dated_at < $week_end
),

first_mentions AS (
    SELECT m.entity_id, min(a.dated_at) AS first_mentioned_at
    FROM mentions AS m
    JOIN dated_articles AS a USING (article_id)
    GROUP BY m.entity_id
),

new_names AS (
    SELECT f.entity_id
    FROM first_mentions AS f
    JOIN entities AS e USING (entity_id)
    WHERE e.type IN ('ORG', 'PER')
      AND f.first_mentioned_at >= $week_start AND f.first_mentioned_at < $week_end
)

SELECT
    (SELECT count(*) FROM week_articles)                  AS articles,
    (SELECT count(DISTINCT source) FROM week_articles)    AS sources,
    (SELECT count(DISTINCT story_id) FROM week_articles)  AS stories,
    (SELECT count(*) FROM new_names)                      AS new_entities
