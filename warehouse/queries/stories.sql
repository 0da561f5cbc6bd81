-- Stories carried by several articles (copies across outlets), with the outlets and URLs.
-- params: week, limit
-- week: stories whose first copy falls in that ISO week (default: the latest week with
-- articles); limit: rows (default 50), widest-spread first.
WITH article_weeks AS (
    SELECT article_id, story_id, source, url, title,
           coalesce(published_at, first_seen_at) AS seen_at
    FROM articles
),
target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(CAST(date_trunc('week', seen_at) AS DATE)) FROM article_weeks)) AS week
),
stories AS (
    SELECT story_id,
           min(seen_at) AS first_seen_at,
           arg_min(title, seen_at) AS title,
           count(*) AS copies,
           count(DISTINCT source) AS outlets,
           list(DISTINCT source ORDER BY source) AS sources,
           list(url ORDER BY seen_at, url) AS urls
    FROM article_weeks
    GROUP BY story_id
    HAVING count(*) >= 2
)
SELECT s.story_id, CAST(date_trunc('week', s.first_seen_at) AS DATE) AS week, s.first_seen_at,
       s.title, s.copies, s.outlets, s.sources, s.urls
FROM stories s
JOIN target t ON CAST(date_trunc('week', s.first_seen_at) AS DATE) = t.week
ORDER BY s.outlets DESC, s.copies DESC, s.first_seen_at, s.story_id
LIMIT coalesce(getvariable('limit'), 50)
