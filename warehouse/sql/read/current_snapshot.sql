-- The lake's snapshot this connection reads (its transaction's, for a writer in a run): what
-- the crawl's lookups pin their reads to (`read/pin_snapshot.sql`).
SELECT id FROM ducklake_current_snapshot('lake');
