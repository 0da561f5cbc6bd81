-- Rollup rows of `article_entities` for the articles in `rollup_articles` (a lake run's own).
-- Their article rows and mentions are mostly this run's own (no snapshot yet: found without
-- reading a stored file); the stored ones are read only for the articles this run did not
-- insert as new (`run_new_articles`), so a daily run of new articles reads no stored mention.
WITH run_rows AS (
    SELECT article_id, story_id, source, published_at, first_seen_at FROM articles
    WHERE snapshot_id IS NULL AND article_id IN (SELECT article_id FROM rollup_articles)
),
stored_rows AS (
    SELECT article_id, story_id, source, published_at, first_seen_at FROM articles
    WHERE snapshot_id IS NOT NULL AND article_id IN (
        SELECT article_id FROM rollup_articles ANTI JOIN run_rows USING (article_id))
),
scoped_articles AS (
    SELECT article_id, story_id, source,
           CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE) AS week
    FROM (SELECT * FROM run_rows UNION ALL SELECT * FROM stored_rows)
),
prior AS (
    SELECT article_id FROM rollup_articles ANTI JOIN run_new_articles USING (article_id)
),
scoped_mentions AS (
    SELECT article_id, entity_id FROM mentions
    WHERE snapshot_id IS NULL AND article_id IN (SELECT article_id FROM rollup_articles)
    UNION ALL
    SELECT article_id, entity_id FROM mentions
    WHERE snapshot_id IS NOT NULL AND article_id IN (SELECT article_id FROM prior)
)
SELECT a.week, m.article_id, m.entity_id, a.story_id, a.source,
       CAST(count(*) AS INTEGER) AS mentions
FROM scoped_mentions m
JOIN scoped_articles a USING (article_id)
GROUP BY a.week, m.article_id, m.entity_id, a.story_id, a.source
ORDER BY a.week
