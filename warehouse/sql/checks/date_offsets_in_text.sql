-- Date offsets fall inside the article text and cut out the date's surface.
-- (The texts: the checked articles, and stored ones only for the dates of other articles.)
WITH texts AS (
    SELECT article_id, text FROM checked_articles
    UNION ALL
    SELECT article_id, text FROM articles WHERE article_id IN (
        SELECT article_id FROM checked_article_dates ANTI JOIN checked_articles USING (article_id))
)
SELECT d.article_id, d.surface, d.start_char, d.end_char
FROM checked_article_dates d JOIN texts a USING (article_id)
WHERE d.start_char < 0 OR d.end_char <= d.start_char OR d.end_char > length(a.text)
   OR substring(a.text, d.start_char + 1, d.end_char - d.start_char) <> d.surface
