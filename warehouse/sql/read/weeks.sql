-- Every ISO week (its Monday) that holds articles, oldest first: the weeks an export covers.
SELECT DISTINCT CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
FROM articles
ORDER BY week;
