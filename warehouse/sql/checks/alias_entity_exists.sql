-- Every alias belongs to a stored entity.
SELECT a.entity_id, a.alias FROM entity_aliases a ANTI JOIN entities e USING (entity_id)
