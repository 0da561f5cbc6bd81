-- The week's top stories: copies of one story (same story_id) are shown once, with every outlet
-- that carried it. Ranked by number of outlets, then articles, then recency.
-- Params: $week_start, $week_end (DATE, end exclusive), $stories_limit.
-- Outlets show their display name (source_registry.title, from sources.yaml `title:`);
-- independent_outlets counts the outlets that wrote their own text (see story_coverage).
WITH week_articles AS (
    SELECT a.article_id, a.url, coalesce(r.title, a.source) AS source, a.title, a.story_id,
           coalesce(a.published_at, a.first_seen_at) AS dated_at,
           coalesce(c.copy_similarity, 0) < 0.8 AND NOT coalesce(c.press_release, false)
               AND coalesce(r.kind, 'outlet') = 'outlet' AS independent
    FROM articles AS a
    LEFT JOIN source_registry AS r ON r.source = a.source
    LEFT JOIN article_coverage AS c USING (article_id)
    WHERE coalesce(a.published_at, a.first_seen_at) >= $week_start
      AND coalesce(a.published_at, a.first_seen_at) < $week_end
),

-- an outlet that ran the story twice is listed once, with its first article
one_per_outlet AS (
    SELECT * FROM week_articles
    QUALIFY row_number() OVER (PARTITION BY story_id, source ORDER BY dated_at, article_id) = 1
),

story_sizes AS (
    SELECT story_id, count(*) AS articles,
           count(DISTINCT source) FILTER (WHERE independent) AS independent_outlets
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

SELECT s.story_id, s.title, s.outlets, z.articles, z.independent_outlets, s.first_published_at, s.coverage
FROM stories AS s
JOIN story_sizes AS z USING (story_id)
ORDER BY s.outlets DESC, z.articles DESC, s.first_published_at DESC, s.story_id
LIMIT $stories_limit
