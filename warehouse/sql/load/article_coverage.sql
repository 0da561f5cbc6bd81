-- How each copy relates to its story (upsert by article: a reprocess re-measures it).
INSERT INTO article_coverage BY NAME
SELECT * FROM incoming_article_coverage
QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY story_id) = 1
ON CONFLICT (article_id) DO UPDATE SET
    story_id = excluded.story_id, copy_similarity = excluded.copy_similarity,
    press_release = excluded.press_release;
