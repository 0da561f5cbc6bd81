-- Mention offsets fall inside the article text and cut out the mention's surface.
-- (Offsets count Unicode code points, like Python str indices. The texts come from the checked
-- articles, and from the stored ones only for the mentions of other articles.)
WITH texts AS (
    SELECT article_id, text FROM checked_articles
    UNION ALL
    SELECT article_id, text FROM articles WHERE article_id IN (
        SELECT article_id FROM checked_mentions ANTI JOIN checked_articles USING (article_id))
)
SELECT m.article_id, m.entity_id, m.surface, m.start_char, m.end_char
FROM checked_mentions m JOIN texts a USING (article_id)
WHERE m.start_char < 0 OR m.end_char <= m.start_char OR m.end_char > length(a.text)
   OR substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.surface
