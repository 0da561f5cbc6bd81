-- How each copy relates to its story (upsert by article: a reprocess re-measures it).
MERGE INTO article_coverage AS c
USING (SELECT * FROM incoming_article_coverage
       QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY story_id) = 1) AS i
ON c.article_id = i.article_id
WHEN MATCHED AND (c.story_id, c.copy_similarity, c.press_release)
                 IS DISTINCT FROM (i.story_id, i.copy_similarity, i.press_release) THEN UPDATE SET
    story_id = i.story_id, copy_similarity = i.copy_similarity, press_release = i.press_release
WHEN NOT MATCHED THEN INSERT BY NAME;
