-- entities.type is ORG, PER, LOC or MISC (a CHECK on a DuckDB file; a lake has no CHECK).
SELECT entity_id, name, type FROM checked_entities WHERE type NOT IN ('ORG', 'PER', 'LOC', 'MISC')
