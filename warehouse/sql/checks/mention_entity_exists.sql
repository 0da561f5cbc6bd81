-- Every mention points at a stored entity.
SELECT m.article_id, m.entity_id, m.start_char FROM checked_mentions m
ANTI JOIN entities e USING (entity_id)
