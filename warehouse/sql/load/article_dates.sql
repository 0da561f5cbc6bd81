-- Dates spoken of in the text; a date already stored for the article is not stored twice.
INSERT INTO article_dates (article_id, surface, value, start_char, end_char)
SELECT DISTINCT i.article_id, i.surface, i.value, i.start_char, i.end_char
FROM incoming_dates i
ANTI JOIN (SELECT * FROM article_dates
           SEMI JOIN (SELECT DISTINCT article_id FROM incoming_dates) b USING (article_id)) d
    ON d.article_id = i.article_id AND d.start_char = i.start_char
   AND d.end_char = i.end_char AND d.value = i.value;
