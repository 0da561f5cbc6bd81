-- The rows the data checks look at inside a lake run: those this transaction wrote (new or
-- rewritten rows have no snapshot yet), checked against the whole warehouse, so the checks
-- cost what the run wrote, not what the warehouse holds.
CREATE OR REPLACE TEMP VIEW checked_runs AS SELECT * FROM runs WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_crawl_log AS SELECT * FROM crawl_log WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_raw_pages AS SELECT * FROM raw_pages WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_http_validators AS SELECT * FROM http_validators WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_articles AS SELECT * FROM articles WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_entities AS SELECT * FROM entities WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_entity_aliases AS SELECT * FROM entity_aliases WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_mentions AS SELECT * FROM mentions WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_article_dates AS SELECT * FROM article_dates WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_roles AS SELECT * FROM roles WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_story_signatures AS SELECT * FROM story_signatures WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_dead_links AS SELECT * FROM dead_links WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_events AS SELECT * FROM events WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_event_participants AS SELECT * FROM event_participants WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_role_spells AS SELECT * FROM role_spells WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_article_coverage AS SELECT * FROM article_coverage WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_entity_registry AS SELECT * FROM entity_registry WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_source_registry AS SELECT * FROM source_registry WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_backfill_files AS SELECT * FROM backfill_files WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_backfill_errors AS SELECT * FROM backfill_errors WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_schema_migrations AS SELECT * FROM schema_migrations WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_url_sightings AS SELECT * FROM url_sightings WHERE snapshot_id IS NULL;
CREATE OR REPLACE TEMP VIEW checked_article_hash_keys AS SELECT * FROM article_hash_keys WHERE snapshot_id IS NULL;

-- Beside the checked rows, the stored rows that may share their keys: the checked articles and
-- mentions themselves, and stored rows only for the articles this run did not insert as new
-- (`run_new_articles`, noted by the articles loader after its lookup): a new article can have
-- no stored row, mention, date or signature from before the run. A daily run of new articles
-- then reads no stored file here; an article the run rewrote is looked up by its id.
CREATE TEMP TABLE IF NOT EXISTS run_new_articles (article_id VARCHAR);
CREATE OR REPLACE TEMP VIEW articles_near_checked AS
SELECT * FROM articles WHERE snapshot_id IS NULL
UNION ALL
SELECT * FROM articles WHERE snapshot_id IS NOT NULL AND article_id IN (
    SELECT article_id FROM checked_articles ANTI JOIN run_new_articles USING (article_id));
CREATE OR REPLACE TEMP VIEW mentions_near_checked AS
SELECT * FROM mentions WHERE snapshot_id IS NULL
UNION ALL
SELECT * FROM mentions WHERE snapshot_id IS NOT NULL AND article_id IN (
    SELECT DISTINCT article_id FROM checked_mentions ANTI JOIN run_new_articles USING (article_id));
CREATE OR REPLACE TEMP VIEW story_signatures_near_checked AS
SELECT * FROM story_signatures WHERE snapshot_id IS NULL
UNION ALL
SELECT * FROM story_signatures WHERE snapshot_id IS NOT NULL AND article_id IN (
    SELECT article_id FROM checked_story_signatures ANTI JOIN run_new_articles USING (article_id));
