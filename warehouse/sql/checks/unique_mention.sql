-- A span of an article is tied to an entity once.
SELECT article_id, entity_id, start_char, end_char, count(*) AS copies FROM mentions
SEMI JOIN checked_mentions USING (article_id, entity_id, start_char, end_char)
GROUP BY ALL HAVING count(*) > 1
