-- A span of an article is tied to an entity once.
SELECT article_id, entity_id, start_char, end_char, count(*) AS copies FROM mentions
GROUP BY ALL HAVING count(*) > 1
