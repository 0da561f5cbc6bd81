-- Stories per ISO week that mention each of the given entities, over the chart's last weeks
-- (zero-filled), for the small bar charts beside rising organisations and people. Stories, not
-- articles, like `trending_entities`: one story copied by ten outlets counts once.
-- params: entity_ids, week_start, chart_weeks
-- (entity_ids: VARCHAR[]; week_start: DATE, a Monday.)
WITH article_weeks AS (
    SELECT article_id, story_id,
           CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week_start
    FROM articles
),

chart_weeks AS (
    SELECT CAST(getvariable('week_start') - to_weeks(n) AS DATE) AS week_start
    FROM range(0, getvariable('chart_weeks')) AS t(n)
),

weekly AS (
    SELECT m.entity_id, a.week_start, count(DISTINCT a.story_id) AS stories
    FROM mentions AS m
    JOIN article_weeks AS a USING (article_id)
    WHERE list_contains(getvariable('entity_ids'), m.entity_id)
      AND a.week_start >= (SELECT min(week_start) FROM chart_weeks)
      AND a.week_start <= getvariable('week_start')
    GROUP BY ALL
),

entities_wanted AS (
    SELECT unnest(getvariable('entity_ids')) AS entity_id
)

SELECT e.entity_id,
       list(g.week_start ORDER BY g.week_start)             AS history_weeks,
       list(coalesce(w.stories, 0) ORDER BY g.week_start)   AS history_counts
FROM entities_wanted AS e
CROSS JOIN chart_weeks AS g
LEFT JOIN weekly AS w ON w.entity_id = e.entity_id AND w.week_start = g.week_start
GROUP BY e.entity_id
