-- An (entity, alias) pair is stored once.
SELECT entity_id, alias, count(*) AS copies FROM entity_aliases
SEMI JOIN checked_entity_aliases USING (entity_id, alias)
GROUP BY entity_id, alias HAVING count(*) > 1
