-- Kind and watch-list flag of the entities a batch names (upsert: the latest registry wins).
MERGE INTO entity_registry AS r
USING (SELECT DISTINCT ON (entity_id) * FROM incoming_entity_registry) AS i
ON r.entity_id = i.entity_id
WHEN MATCHED AND (r.kind, r.watched) IS DISTINCT FROM (i.kind, i.watched) THEN UPDATE SET
    kind = i.kind, watched = i.watched
WHEN NOT MATCHED THEN INSERT BY NAME;
