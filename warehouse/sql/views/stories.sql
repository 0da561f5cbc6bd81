-- Stories carried by several articles (copies across outlets), with the outlets and URLs.
-- params: week, limit
-- week: stories whose first copy falls in that ISO week (default: the latest week with
-- articles); limit: rows (default 50), widest-spread first.
WITH target AS (  -- the default week: _latest_article_week.sql
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT week FROM _latest_article_week)) AS week
),
candidates AS (  -- stories with a copy this week; their first copy may be older
    -- (the date compared column by column, published_at else first_seen_at: the scans then
    -- skip the Parquet files and row groups of other weeks, instead of reading every article)
    SELECT a.story_id FROM articles a JOIN target t
      ON a.published_at >= t.week AND a.published_at < t.week + INTERVAL 1 WEEK
    UNION
    SELECT a.story_id FROM articles a JOIN target t
      ON a.first_seen_at >= t.week AND a.first_seen_at < t.week + INTERVAL 1 WEEK
    WHERE a.published_at IS NULL
),
-- A story whose first copy is this week has every copy dated this week or later: its copies are
-- read from the files of those days only (all of them, columns and all, for a story of any
-- week was 10 M rows at 10 M articles). A candidate with a copy before the week has an older
-- first copy: it is left out, found by reading only the story ids and dates of earlier rows.
copies_since AS (
    SELECT a.story_id, a.source, a.url, a.title, a.published_at AS seen_at
    FROM articles a JOIN target t ON a.published_at >= t.week
    UNION ALL
    SELECT a.story_id, a.source, a.url, a.title, a.first_seen_at AS seen_at
    FROM articles a JOIN target t ON a.first_seen_at >= t.week
    WHERE a.published_at IS NULL
),
older AS (
    SELECT a.story_id FROM articles a JOIN target t ON a.published_at < t.week
    WHERE a.story_id IN (SELECT story_id FROM candidates)
    UNION
    SELECT a.story_id FROM articles a JOIN target t ON a.first_seen_at < t.week
    WHERE a.published_at IS NULL AND a.story_id IN (SELECT story_id FROM candidates)
),
stories AS (
    SELECT d.story_id,
           min(d.seen_at) AS first_seen_at,
           arg_min(d.title, d.seen_at) AS title,
           count(*) AS copies,
           count(DISTINCT d.source) AS outlets,
           list(DISTINCT d.source ORDER BY d.source) AS sources,
           list(d.url ORDER BY d.seen_at, d.url) AS urls
    FROM copies_since d
    SEMI JOIN candidates c ON c.story_id = d.story_id
    ANTI JOIN older o ON o.story_id = d.story_id
    GROUP BY d.story_id
    HAVING count(*) >= 2
)
SELECT s.story_id, CAST(date_trunc('week', s.first_seen_at) AS DATE) AS week, s.first_seen_at,
       s.title, s.copies, s.outlets, s.sources, s.urls
FROM stories s
JOIN target t ON CAST(date_trunc('week', s.first_seen_at) AS DATE) = t.week
ORDER BY s.outlets DESC, s.copies DESC, s.first_seen_at, s.story_id
LIMIT coalesce(getvariable('limit'), 50)
