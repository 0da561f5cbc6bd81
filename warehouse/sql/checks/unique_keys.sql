-- Each key names one row: the PRIMARY KEY and UNIQUE columns of the schema (a lake has none).
-- (`*_near_checked`: the stored rows that may share a checked row's key, scope/*.sql.)
SELECT 'runs' AS table_name, CAST(run_id AS VARCHAR) AS key, count(*) AS copies FROM runs
SEMI JOIN checked_runs USING (run_id) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'raw_pages' AS table_name, CAST(url AS VARCHAR) AS key, count(*) AS copies FROM raw_pages
SEMI JOIN checked_raw_pages USING (url) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'http_validators' AS table_name, CAST(url AS VARCHAR) AS key, count(*) AS copies FROM http_validators
SEMI JOIN checked_http_validators USING (url) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'articles' AS table_name, CAST(article_id AS VARCHAR) AS key, count(*) AS copies FROM articles_near_checked
SEMI JOIN checked_articles USING (article_id) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'entities' AS table_name, CAST(entity_id AS VARCHAR) AS key, count(*) AS copies FROM entities
SEMI JOIN checked_entities USING (entity_id) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'story_signatures' AS table_name, CAST(article_id AS VARCHAR) AS key, count(*) AS copies FROM story_signatures_near_checked
SEMI JOIN checked_story_signatures USING (article_id) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'dead_links' AS table_name, CAST(url AS VARCHAR) AS key, count(*) AS copies FROM dead_links
SEMI JOIN checked_dead_links USING (url) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'events' AS table_name, CAST(event_id AS VARCHAR) AS key, count(*) AS copies FROM events
SEMI JOIN checked_events USING (event_id) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'event_participants' AS table_name, concat_ws('|', event_id, entity_id, role) AS key, count(*) AS copies FROM event_participants
SEMI JOIN checked_event_participants USING (event_id, entity_id, role) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'article_coverage' AS table_name, CAST(article_id AS VARCHAR) AS key, count(*) AS copies FROM article_coverage
SEMI JOIN checked_article_coverage USING (article_id) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'entity_registry' AS table_name, CAST(entity_id AS VARCHAR) AS key, count(*) AS copies FROM entity_registry
SEMI JOIN checked_entity_registry USING (entity_id) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'source_registry' AS table_name, CAST(source AS VARCHAR) AS key, count(*) AS copies FROM source_registry
SEMI JOIN checked_source_registry USING (source) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'backfill_files' AS table_name, CAST(location AS VARCHAR) AS key, count(*) AS copies FROM backfill_files
SEMI JOIN checked_backfill_files USING (location) GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'schema_migrations' AS table_name, CAST(version AS VARCHAR) AS key, count(*) AS copies FROM schema_migrations
SEMI JOIN checked_schema_migrations USING (version) GROUP BY ALL HAVING count(*) > 1
