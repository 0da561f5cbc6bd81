-- Entities first mentioned this week: no article of an earlier week names them.
-- params: week, type, limit
-- week: the ISO week (default: the latest week with mentions); type: ORG|PER|LOC|MISC;
-- limit: rows (default 50), most-cited first. first_url: the earliest article naming it.
-- "New" is defined once, in `_entity_first_mentions.sql` (the digest reads it): the week of an
-- entity's first mention is its row of `entity_first_weeks`, and its first article the earliest
-- dated one naming it that week. Here the same rule is read for this week's new entities only:
-- their `article_entities` rows of the week, joined to the week's articles (found by their
-- dates, which the Parquet files' statistics prune on), not every entity's first article.
WITH target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(week) FROM entity_weeks)) AS week
),
new_here AS (
    SELECT f.entity_id FROM entity_totals f JOIN target t ON f.first_week = t.week
),
week_articles AS (  -- an article's date: published_at, else first_seen_at (one branch each)
    SELECT a.article_id, a.url, a.published_at AS dated_at
    FROM articles a, target t
    WHERE a.published_at >= t.week AND a.published_at < t.week + INTERVAL 1 WEEK
    UNION ALL
    SELECT a.article_id, a.url, a.first_seen_at AS dated_at
    FROM articles a, target t
    WHERE a.published_at IS NULL
      AND a.first_seen_at >= t.week AND a.first_seen_at < t.week + INTERVAL 1 WEEK
),
first_urls AS (
    SELECT ae.entity_id, arg_min(a.url, a.dated_at) AS first_url
    FROM article_entities ae
    JOIN target t ON ae.week = t.week
    SEMI JOIN new_here n ON n.entity_id = ae.entity_id
    JOIN week_articles a ON a.article_id = ae.article_id
    GROUP BY ae.entity_id
)
SELECT w.week, w.entity_id, e.name, e.type, e.country, w.articles, w.mentions, f.first_url
FROM entity_weeks w
JOIN target t ON w.week = t.week
JOIN first_urls f ON f.entity_id = w.entity_id
JOIN entities e ON e.entity_id = w.entity_id
WHERE getvariable('type') IS NULL OR e.type = getvariable('type')
ORDER BY w.articles DESC, w.mentions DESC, w.entity_id
LIMIT coalesce(getvariable('limit'), 50)
