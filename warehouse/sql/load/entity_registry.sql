-- Kind and watch-list flag of the entities a batch names (upsert: the latest registry wins).
INSERT INTO entity_registry BY NAME
SELECT DISTINCT ON (entity_id) * FROM incoming_entity_registry
ON CONFLICT (entity_id) DO UPDATE SET kind = excluded.kind, watched = excluded.watched;
