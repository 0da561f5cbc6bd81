-- A fresh run on a lake (`writing(fresh=True)`): every table emptied inside the run's
-- transaction, so readers see the old warehouse until the new one commits. Migrations stay.
DELETE FROM runs;
DELETE FROM crawl_log;
DELETE FROM raw_pages;
DELETE FROM http_validators;
DELETE FROM dead_links;
DELETE FROM source_registry;
DELETE FROM backfill_files;
DELETE FROM backfill_errors;
DELETE FROM event_participants;
DELETE FROM events;
DELETE FROM role_spells;
DELETE FROM article_coverage;
DELETE FROM entity_registry;
DELETE FROM roles;
DELETE FROM mentions;
DELETE FROM article_dates;
DELETE FROM entity_aliases;
DELETE FROM entities;
DELETE FROM story_signatures;
DELETE FROM articles;
DELETE FROM article_entities;
DELETE FROM entity_weeks;
DELETE FROM rollup_dirty_weeks;
DELETE FROM rollup_state;
