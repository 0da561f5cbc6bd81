-- Every alias belongs to a stored entity.
SELECT a.entity_id, a.alias FROM checked_entity_aliases a ANTI JOIN entities e USING (entity_id)
