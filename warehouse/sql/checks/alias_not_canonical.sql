-- An alias is never the entity's canonical name.
-- (A new alias, or an entity renamed to one of its aliases.)
SELECT a.entity_id, a.alias FROM checked_entity_aliases a JOIN entities e USING (entity_id)
WHERE a.alias = e.name
UNION
SELECT a.entity_id, a.alias FROM entity_aliases a JOIN checked_entities e USING (entity_id)
WHERE a.alias = e.name
