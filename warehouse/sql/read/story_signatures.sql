-- Story signatures a new copy may match: those of articles first seen at or after `since` (the
-- story window before the run), or every one when `since` is NULL. The window keeps a run's
-- start-up from growing with the warehouse (each signature is indexed in memory); the
-- first_seen_at scan skips the files of older days.
-- params: since
SELECT s.article_id, s.story_id, s.signature
FROM story_signatures s
WHERE getvariable('since') IS NULL
   OR s.article_id IN (SELECT article_id FROM articles
                       WHERE first_seen_at >= CAST(getvariable('since') AS TIMESTAMP))
ORDER BY s.article_id;
