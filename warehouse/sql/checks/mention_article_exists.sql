-- Every mention points at a stored article.
SELECT m.article_id, m.entity_id, m.start_char FROM checked_mentions m
ANTI JOIN articles a USING (article_id)
