-- Every mention points at a stored entity.
SELECT m.article_id, m.entity_id, m.start_char FROM mentions m
ANTI JOIN entities e USING (entity_id)
