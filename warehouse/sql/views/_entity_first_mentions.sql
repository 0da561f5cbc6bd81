-- When each entity was first named, and by which article: the one definition of a "new" entity.
-- An entity is new in the week (or any span) that holds its first mention; an article is dated
-- by its publication date, else by when the crawler first stored it. The `new_entities` view,
-- the digest's new names and its headline figure all read this view, so they cannot disagree.
-- (A building block: files named `_*.sql` become views, not named queries.)
-- Read through the rollups (kept exact by every write): an entity's first week is its
-- `entity_totals.first_week` (the first of its `entity_weeks`), and only that week's
-- `article_entities` rows are joined to their articles, instead of all 30 M mentions.
WITH first_weeks AS (
    SELECT entity_id, first_week FROM entity_totals
),

entity_articles AS (
    SELECT DISTINCT ae.entity_id, a.article_id, a.url, a.title, a.source,
           coalesce(a.published_at, a.first_seen_at) AS dated_at
    FROM article_entities AS ae
    JOIN first_weeks AS f ON f.entity_id = ae.entity_id AND f.first_week = ae.week
    JOIN articles AS a USING (article_id)
),

first_mentions AS (
    SELECT entity_id,
           min(dated_at)             AS first_mentioned_at,
           arg_min(url, dated_at)    AS first_url,
           arg_min(title, dated_at)  AS first_title,
           arg_min(source, dated_at) AS first_source
    FROM entity_articles
    GROUP BY entity_id
)

SELECT entity_id, first_mentioned_at,
       CAST(date_trunc('week', first_mentioned_at) AS DATE) AS first_week,
       first_url, first_title, first_source
FROM first_mentions
