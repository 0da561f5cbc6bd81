-- The outlets of the sources registry with their display name and kind (upsert by name).
MERGE INTO source_registry AS s
USING (SELECT DISTINCT ON (source) * FROM incoming_source_registry) AS i
ON s.source = i.source
WHEN MATCHED AND (s.title, s.kind, s.country) IS DISTINCT FROM (i.title, i.kind, i.country) THEN UPDATE SET
    title = i.title, kind = i.kind, country = i.country
WHEN NOT MATCHED THEN INSERT BY NAME;
