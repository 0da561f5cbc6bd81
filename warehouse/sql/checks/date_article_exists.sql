-- Every date mention points at a stored article.
-- (As mention_article_exists: the checked articles first, then the stored ones for the rest.)
WITH rest AS (
    SELECT d.article_id, d.value FROM checked_article_dates d ANTI JOIN checked_articles USING (article_id)
)
SELECT r.article_id, r.value FROM rest r
ANTI JOIN (SELECT article_id FROM articles WHERE article_id IN (SELECT article_id FROM rest)) a
    USING (article_id)
