-- Every date mention points at a stored article.
SELECT d.article_id, d.value FROM checked_article_dates d ANTI JOIN articles a USING (article_id)
