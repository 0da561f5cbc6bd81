-- The rollups of these articles' weeks must be rebuilt (warehouse.rollups).
INSERT INTO rollup_dirty_weeks
SELECT DISTINCT CAST(date_trunc('week', coalesce(a.published_at, a.first_seen_at)) AS DATE)
FROM articles a SEMI JOIN incoming_mentions i USING (article_id);

-- Mentions of canonical entities; the same span of the same article is never stored twice.
INSERT INTO mentions (article_id, entity_id, surface, start_char, end_char)
SELECT DISTINCT i.article_id, i.entity_id, i.surface, i.start_char, i.end_char
FROM incoming_mentions i
ANTI JOIN mentions m
    ON m.article_id = i.article_id AND m.start_char = i.start_char
   AND m.end_char = i.end_char AND m.entity_id = i.entity_id;
