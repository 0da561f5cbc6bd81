-- Inside a lake run: the articles whose rollup rows may change are the run's own rows (new or
-- rewritten articles, articles with new mentions; a text that changed rewrites its article row),
-- which have no snapshot yet. Their old rows leave the dirty weeks, and the (week, entity) pairs
-- they counted in are noted; every other row stays, so a run writes rollup rows for its own
-- articles and the entities they name, not for whole weeks.
-- (A run opened without `run_new_articles`, e.g. by hand: every article may have stored rows.)
CREATE TEMP TABLE IF NOT EXISTS run_new_articles (article_id VARCHAR);

CREATE OR REPLACE TEMP TABLE rollup_articles AS
SELECT article_id FROM articles WHERE snapshot_id IS NULL
UNION
SELECT DISTINCT article_id FROM mentions WHERE snapshot_id IS NULL;

CREATE OR REPLACE TEMP TABLE rollup_pairs AS
SELECT DISTINCT week, entity_id FROM main.article_entities
WHERE week IN (SELECT week FROM rollup_scope)
  AND article_id IN (SELECT article_id FROM rollup_articles);

DELETE FROM main.article_entities
WHERE week IN (SELECT week FROM rollup_scope)
  AND article_id IN (SELECT article_id FROM rollup_articles);
