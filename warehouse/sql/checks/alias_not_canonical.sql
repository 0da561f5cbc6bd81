-- An alias is never the entity's canonical name.
SELECT a.entity_id, a.alias FROM entity_aliases a JOIN entities e USING (entity_id)
WHERE a.alias = e.name
