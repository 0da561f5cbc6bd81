-- An (entity, alias) pair is stored once.
SELECT entity_id, alias, count(*) AS copies FROM entity_aliases
GROUP BY entity_id, alias HAVING count(*) > 1
