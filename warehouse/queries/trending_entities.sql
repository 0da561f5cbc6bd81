-- Entities talked about more this week than over the 8 weeks before it.
-- params: week, type, limit, min_stories, kind, watched
-- week: the ISO week to score (default: the latest week with mentions); type: ORG|PER|LOC|MISC;
-- limit: rows (default 20); min_stories: minimum distinct stories this week (default 2), so one
-- article, or one story copied by ten outlets, never makes a trend on its own.
-- lift = (stories this week + 1) / (mean weekly stories over the 8 previous weeks + 1): add-one
-- smoothing keeps a 2-vs-0 from looking infinite. Only lift > 1 is trending.
-- independent_outlets: outlets that covered the entity this week with their own text (not a
-- reprint, not a communiqué: story_coverage); at equal lift, more independent coverage ranks
-- first, so an echoed press release never outranks newsroom coverage. kind: registry kind
-- (cluster, pole, technopark, company...); watched: true for the analysts' watch list only.
WITH target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(week) FROM entity_weeks)) AS week
),
this_week AS (
    SELECT w.* FROM entity_weeks w JOIN target t ON w.week = t.week
),
baseline AS (
    SELECT w.entity_id, sum(w.stories) / 8.0 AS baseline_stories
    FROM entity_weeks w JOIN target t
      ON w.week >= t.week - INTERVAL 8 WEEK AND w.week < t.week
    GROUP BY w.entity_id
),
independent AS (
    SELECT ae.entity_id,
           count(DISTINCT ae.source) FILTER (
               WHERE coalesce(c.copy_similarity, 0) < 0.8 AND NOT coalesce(c.press_release, false)
                 AND coalesce(sr.kind, 'outlet') = 'outlet') AS independent_outlets
    FROM article_entities ae JOIN target t ON ae.week = t.week
    LEFT JOIN article_coverage c USING (article_id)
    LEFT JOIN source_registry sr ON sr.source = ae.source
    GROUP BY ae.entity_id
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
       row_number() OVER (ORDER BY s.lift DESC, coalesce(i.independent_outlets, 0) DESC,
                          s.stories DESC, s.entity_id) AS rank
FROM scored s
JOIN entities e USING (entity_id)
LEFT JOIN independent i USING (entity_id)
LEFT JOIN entity_registry r USING (entity_id)
WHERE s.lift > 1
  AND (getvariable('type') IS NULL OR e.type = getvariable('type'))
  AND (getvariable('kind') IS NULL OR r.kind = getvariable('kind'))
  AND (getvariable('watched') IS NULL OR NOT getvariable('watched') OR coalesce(r.watched, false))
QUALIFY rank <= coalesce(getvariable('limit'), 20)
ORDER BY rank
