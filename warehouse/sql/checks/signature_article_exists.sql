-- Every story signature belongs to a stored article.
-- (As mention_article_exists: the checked articles first, then the stored ones for the rest.)
WITH rest AS (
    SELECT s.article_id, s.story_id FROM checked_story_signatures s
    ANTI JOIN checked_articles USING (article_id)
)
SELECT r.article_id, r.story_id FROM rest r
ANTI JOIN (SELECT article_id FROM articles WHERE article_id IN (SELECT article_id FROM rest)) a
    USING (article_id)
