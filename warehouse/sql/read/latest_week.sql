-- The Monday of the latest ISO week with articles (the default week of the trend queries).
SELECT max(CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE)) FROM articles;
