-- A span of an article is tied to an entity once.
-- (`mentions_near_checked`: the stored mentions that may share a checked one's key, scope/*.sql.)
SELECT article_id, entity_id, start_char, end_char, count(*) AS copies FROM mentions_near_checked
SEMI JOIN checked_mentions USING (article_id, entity_id, start_char, end_char)
GROUP BY ALL HAVING count(*) > 1
