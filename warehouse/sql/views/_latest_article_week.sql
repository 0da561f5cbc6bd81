-- The default week of the article-dated views (stories, story_coverage, week_events, agenda): the
-- ISO week of the latest article, dated by its publication date, else by when the crawler first
-- stored it: max(coalesce(published_at, first_seen_at)), without reading every article.
-- The latest publication comes from the Parquet files' statistics; the undated articles are read
-- only among those first seen after it (the scan skips the files of earlier days).
-- (A building block: files named `_*.sql` become views, not named queries.)
WITH latest_published AS (
    SELECT max(published_at) AS published FROM articles
),
latest AS (
    SELECT greatest((SELECT published FROM latest_published),
                    (SELECT max(a.first_seen_at) FROM articles a JOIN latest_published l
                       ON a.first_seen_at > coalesce(l.published, TIMESTAMP '-infinity')
                     WHERE a.published_at IS NULL)) AS seen_at
)
SELECT CAST(date_trunc('week', seen_at) AS DATE) AS week FROM latest
