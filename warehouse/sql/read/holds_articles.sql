-- Whether the warehouse holds any article: a run on an empty one (its first) will bring pages,
-- so the ingest flow starts the NLP model's load at once instead of at a crawl's first page
-- (`flows.preload`). Reads at most one row.
SELECT count(*) FROM (SELECT 1 FROM articles LIMIT 1);
