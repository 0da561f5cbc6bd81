-- The rows the data checks look at: every row (an audit, or a run on a DuckDB file).
-- Each check reads checked_<table> for the rows under check and <table> for the rest.
CREATE OR REPLACE TEMP VIEW checked_runs AS SELECT * FROM runs;
CREATE OR REPLACE TEMP VIEW checked_crawl_log AS SELECT * FROM crawl_log;
CREATE OR REPLACE TEMP VIEW checked_raw_pages AS SELECT * FROM raw_pages;
CREATE OR REPLACE TEMP VIEW checked_http_validators AS SELECT * FROM http_validators;
CREATE OR REPLACE TEMP VIEW checked_articles AS SELECT * FROM articles;
CREATE OR REPLACE TEMP VIEW checked_entities AS SELECT * FROM entities;
CREATE OR REPLACE TEMP VIEW checked_entity_aliases AS SELECT * FROM entity_aliases;
CREATE OR REPLACE TEMP VIEW checked_mentions AS SELECT * FROM mentions;
CREATE OR REPLACE TEMP VIEW checked_article_dates AS SELECT * FROM article_dates;
CREATE OR REPLACE TEMP VIEW checked_roles AS SELECT * FROM roles;
CREATE OR REPLACE TEMP VIEW checked_story_signatures AS SELECT * FROM story_signatures;
CREATE OR REPLACE TEMP VIEW checked_dead_links AS SELECT * FROM dead_links;
CREATE OR REPLACE TEMP VIEW checked_events AS SELECT * FROM events;
CREATE OR REPLACE TEMP VIEW checked_event_participants AS SELECT * FROM event_participants;
CREATE OR REPLACE TEMP VIEW checked_role_spells AS SELECT * FROM role_spells;
CREATE OR REPLACE TEMP VIEW checked_article_coverage AS SELECT * FROM article_coverage;
CREATE OR REPLACE TEMP VIEW checked_entity_registry AS SELECT * FROM entity_registry;
CREATE OR REPLACE TEMP VIEW checked_source_registry AS SELECT * FROM source_registry;
CREATE OR REPLACE TEMP VIEW checked_backfill_files AS SELECT * FROM backfill_files;
CREATE OR REPLACE TEMP VIEW checked_backfill_errors AS SELECT * FROM backfill_errors;
CREATE OR REPLACE TEMP VIEW checked_schema_migrations AS SELECT * FROM schema_migrations;
CREATE OR REPLACE TEMP VIEW checked_url_sightings AS SELECT * FROM url_sightings;
CREATE OR REPLACE TEMP VIEW checked_article_hash_keys AS SELECT * FROM article_hash_keys;
-- The stored rows that may share keys with the checked ones (see scope/new_rows.sql): all.
CREATE OR REPLACE TEMP VIEW articles_near_checked AS SELECT * FROM articles;
CREATE OR REPLACE TEMP VIEW mentions_near_checked AS SELECT * FROM mentions;
CREATE OR REPLACE TEMP VIEW story_signatures_near_checked AS SELECT * FROM story_signatures;
