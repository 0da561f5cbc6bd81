-- Every week: a full rebuild (first build, or rows loaded without the loaders' dirty marks).
CREATE OR REPLACE TEMP TABLE rollup_scope AS
SELECT DISTINCT CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
FROM articles
UNION
SELECT week FROM main.article_entities;
