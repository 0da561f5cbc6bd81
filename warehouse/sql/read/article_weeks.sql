-- Which ISO weeks hold articles: said when a weekly query comes back empty.
SELECT min(week) AS first_week, max(week) AS latest_week, count(DISTINCT week) AS weeks,
       count(*) AS articles
FROM (SELECT CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
      FROM articles);
