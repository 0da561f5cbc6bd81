-- The latest runs, newest first (every column: `error` exists from migration 004 on).
SELECT * FROM runs ORDER BY started_at DESC LIMIT $limit;
