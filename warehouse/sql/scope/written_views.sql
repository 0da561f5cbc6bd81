-- Inside a lake run, after scope/new_rows.sql: the checked_* views that hold rows (this run
-- wrote into that table). A check reading only empty checked views has nothing to look at:
-- `warehouse.checks` skips it. EXISTS stops at the first row; the rows have no snapshot yet,
-- so no stored file is read. Every checked view of scope/new_rows.sql is listed (tested).
SELECT 'checked_runs' AS view_name WHERE EXISTS (SELECT 1 FROM checked_runs)
UNION ALL
SELECT 'checked_crawl_log' AS view_name WHERE EXISTS (SELECT 1 FROM checked_crawl_log)
UNION ALL
SELECT 'checked_raw_pages' AS view_name WHERE EXISTS (SELECT 1 FROM checked_raw_pages)
UNION ALL
SELECT 'checked_http_validators' AS view_name WHERE EXISTS (SELECT 1 FROM checked_http_validators)
UNION ALL
SELECT 'checked_articles' AS view_name WHERE EXISTS (SELECT 1 FROM checked_articles)
UNION ALL
SELECT 'checked_entities' AS view_name WHERE EXISTS (SELECT 1 FROM checked_entities)
UNION ALL
SELECT 'checked_entity_aliases' AS view_name WHERE EXISTS (SELECT 1 FROM checked_entity_aliases)
UNION ALL
SELECT 'checked_mentions' AS view_name WHERE EXISTS (SELECT 1 FROM checked_mentions)
UNION ALL
SELECT 'checked_article_dates' AS view_name WHERE EXISTS (SELECT 1 FROM checked_article_dates)
UNION ALL
SELECT 'checked_roles' AS view_name WHERE EXISTS (SELECT 1 FROM checked_roles)
UNION ALL
SELECT 'checked_story_signatures' AS view_name WHERE EXISTS (SELECT 1 FROM checked_story_signatures)
UNION ALL
SELECT 'checked_dead_links' AS view_name WHERE EXISTS (SELECT 1 FROM checked_dead_links)
UNION ALL
SELECT 'checked_events' AS view_name WHERE EXISTS (SELECT 1 FROM checked_events)
UNION ALL
SELECT 'checked_event_participants' AS view_name WHERE EXISTS (SELECT 1 FROM checked_event_participants)
UNION ALL
SELECT 'checked_role_spells' AS view_name WHERE EXISTS (SELECT 1 FROM checked_role_spells)
UNION ALL
SELECT 'checked_article_coverage' AS view_name WHERE EXISTS (SELECT 1 FROM checked_article_coverage)
UNION ALL
SELECT 'checked_entity_registry' AS view_name WHERE EXISTS (SELECT 1 FROM checked_entity_registry)
UNION ALL
SELECT 'checked_source_registry' AS view_name WHERE EXISTS (SELECT 1 FROM checked_source_registry)
UNION ALL
SELECT 'checked_backfill_files' AS view_name WHERE EXISTS (SELECT 1 FROM checked_backfill_files)
UNION ALL
SELECT 'checked_backfill_errors' AS view_name WHERE EXISTS (SELECT 1 FROM checked_backfill_errors)
UNION ALL
SELECT 'checked_schema_migrations' AS view_name WHERE EXISTS (SELECT 1 FROM checked_schema_migrations)
UNION ALL
SELECT 'checked_url_sightings' AS view_name WHERE EXISTS (SELECT 1 FROM checked_url_sightings)
UNION ALL
SELECT 'checked_article_hash_keys' AS view_name WHERE EXISTS (SELECT 1 FROM checked_article_hash_keys)
