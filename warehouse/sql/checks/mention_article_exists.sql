-- Every mention points at a stored article.
-- (Looked up among the checked articles first: in a lake run, the run's own rows; the stored
-- articles are read only for the ids left, and not at all when none is.)
WITH rest AS (
    SELECT m.article_id, m.entity_id, m.start_char FROM checked_mentions m
    ANTI JOIN checked_articles USING (article_id)
)
SELECT r.article_id, r.entity_id, r.start_char FROM rest r
ANTI JOIN (SELECT article_id FROM articles WHERE article_id IN (SELECT article_id FROM rest)) a
    USING (article_id)
