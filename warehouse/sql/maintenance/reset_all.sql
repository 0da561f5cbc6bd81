-- A fresh run on a lake (`writing(fresh=True)`), after `reset_derived.sql`: the fetch history
-- goes too, inside the run's transaction, so readers see the old warehouse until the new one
-- commits. Migrations stay.
DELETE FROM runs;
DELETE FROM crawl_log;
DELETE FROM raw_pages;
DELETE FROM url_sightings;
DELETE FROM http_validators;
DELETE FROM dead_links;
DELETE FROM source_registry;
DELETE FROM backfill_files;
DELETE FROM backfill_errors;
