-- The rollups of these articles' weeks must be rebuilt (warehouse.rollups).
INSERT INTO rollup_dirty_weeks
SELECT DISTINCT CAST(date_trunc('week', coalesce(a.published_at, a.first_seen_at)) AS DATE)
FROM articles a SEMI JOIN incoming_mentions i USING (article_id);

-- Mentions of canonical entities; the same span of the same article is never stored twice.
-- Only the stored mentions of the batch's articles are compared (a semi join on the small side
-- first): the cost follows the batch, not the 30 M mentions already stored.
INSERT INTO mentions (article_id, entity_id, surface, start_char, end_char)
SELECT DISTINCT i.article_id, i.entity_id, i.surface, i.start_char, i.end_char
FROM incoming_mentions i
ANTI JOIN (SELECT article_id, entity_id, start_char, end_char FROM mentions
           SEMI JOIN (SELECT DISTINCT article_id FROM incoming_mentions) b USING (article_id)) m
    ON m.article_id = i.article_id AND m.start_char = i.start_char
   AND m.end_char = i.end_char AND m.entity_id = i.entity_id;
