-- The week's top stories: copies of one story (same story_id) are shown once, with every outlet
-- that carried it. Ranked by number of outlets, then articles, then recency.
-- params: week_start, week_end, stories_limit
-- (week_start, week_end: DATE, the end exclusive.)
WITH week_articles AS (
    SELECT article_id, url, source, title, story_id,
           coalesce(published_at, first_seen_at) AS dated_at
    FROM articles
    WHERE coalesce(published_at, first_seen_at) >= getvariable('week_start')
      AND coalesce(published_at, first_seen_at) < getvariable('week_end')
),

-- an outlet that ran the story twice is listed once, with its first article
one_per_outlet AS (
    SELECT * FROM week_articles
    QUALIFY row_number() OVER (PARTITION BY story_id, source ORDER BY dated_at, article_id) = 1
),

story_sizes AS (
    SELECT story_id, count(*) AS articles
    FROM week_articles
    GROUP BY story_id
),

stories AS (
    SELECT story_id,
           count(*)                                    AS outlets,
           min(dated_at)                               AS first_published_at,
           -- the first outlet's headline names the story
           arg_min(title, dated_at) FILTER (WHERE title IS NOT NULL AND title <> '') AS title,
           list(struct_pack(source := source, title := title, url := url, published_at := dated_at)
                ORDER BY dated_at, source)             AS coverage
    FROM one_per_outlet
    GROUP BY story_id
)

SELECT s.story_id, s.title, s.outlets, z.articles, s.first_published_at, s.coverage
FROM stories AS s
JOIN story_sizes AS z USING (story_id)
ORDER BY s.outlets DESC, z.articles DESC, s.first_published_at DESC, s.story_id
LIMIT getvariable('stories_limit')
