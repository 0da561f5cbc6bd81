-- The outlets of the sources registry with their display name and kind (upsert by name).
INSERT INTO source_registry BY NAME
SELECT DISTINCT ON (source) * FROM incoming_source_registry
ON CONFLICT (source) DO UPDATE SET title = excluded.title, kind = excluded.kind, country = excluded.country;
