-- Entities talked about more this week than over the 8 weeks before it.
-- params: week, type, limit, min_stories
-- week: the ISO week to score (default: the latest week with articles); type: ORG|PER|LOC|MISC;
-- limit: rows (default 20); min_stories: minimum distinct stories this week (default 2), so one
-- article, or one story copied by ten outlets, never makes a trend on its own.
-- lift = (stories this week + 1) / (mean weekly stories over the 8 previous weeks + 1): add-one
-- smoothing keeps a 2-vs-0 from looking infinite. Only lift > 1 is trending.
WITH article_weeks AS (
    SELECT article_id, source, story_id,
           CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
    FROM articles
),
target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(week) FROM article_weeks)) AS week
),
window_articles AS (
    SELECT a.* FROM article_weeks a, target t
    WHERE a.week BETWEEN t.week - INTERVAL 8 WEEK AND t.week
),
weekly AS (
    SELECT w.week, m.entity_id,
           count(*) AS mentions,
           count(DISTINCT m.article_id) AS articles,
           count(DISTINCT w.story_id) AS stories,
           count(DISTINCT w.source) AS sources
    FROM mentions m
    JOIN window_articles w USING (article_id)
    GROUP BY w.week, m.entity_id
),
this_week AS (
    SELECT weekly.* FROM weekly, target WHERE weekly.week = target.week
),
baseline AS (
    SELECT weekly.entity_id, sum(weekly.stories) / 8.0 AS baseline_stories
    FROM weekly, target WHERE weekly.week < target.week
    GROUP BY weekly.entity_id
),
scored AS (
    SELECT t.week, t.entity_id, t.mentions, t.articles, t.stories, t.sources,
           coalesce(b.baseline_stories, 0) AS baseline_stories,
           (t.stories + 1.0) / (coalesce(b.baseline_stories, 0) + 1.0) AS lift
    FROM this_week t
    LEFT JOIN baseline b USING (entity_id)
    WHERE t.stories >= coalesce(getvariable('min_stories'), 2)
)
SELECT s.week, s.entity_id, e.name, e.type, e.country,
       s.stories, s.articles, s.sources, s.mentions,
       round(s.baseline_stories, 3) AS baseline_stories,
       round(s.lift, 3) AS lift,
       row_number() OVER (ORDER BY s.lift DESC, s.stories DESC, s.entity_id) AS rank
FROM scored s
JOIN entities e USING (entity_id)
WHERE s.lift > 1
  AND (getvariable('type') IS NULL OR e.type = getvariable('type'))
QUALIFY rank <= coalesce(getvariable('limit'), 20)
ORDER BY rank
