-- Every story signature belongs to a stored article.
SELECT s.article_id, s.story_id FROM checked_story_signatures s ANTI JOIN articles a USING (article_id)
