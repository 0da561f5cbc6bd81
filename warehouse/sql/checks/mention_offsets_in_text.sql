-- Mention offsets fall inside the article text and cut out the mention's surface.
-- (Offsets count Unicode code points, like Python str indices.)
SELECT m.article_id, m.entity_id, m.surface, m.start_char, m.end_char
FROM checked_mentions m JOIN articles a USING (article_id)
WHERE m.start_char < 0 OR m.end_char <= m.start_char OR m.end_char > length(a.text)
   OR substring(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.surface
