-- Date offsets fall inside the article text and cut out the date's surface.
SELECT d.article_id, d.surface, d.start_char, d.end_char
FROM checked_article_dates d JOIN articles a USING (article_id)
WHERE d.start_char < 0 OR d.end_char <= d.start_char OR d.end_char > length(a.text)
   OR substring(a.text, d.start_char + 1, d.end_char - d.start_char) <> d.surface
