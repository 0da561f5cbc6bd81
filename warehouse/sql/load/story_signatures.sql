-- One signature per article; re-signing an article replaces its signature and story.
MERGE INTO story_signatures AS s
USING (SELECT article_id, story_id, signature
       FROM incoming_story_signatures
       QUALIFY row_number() OVER (PARTITION BY article_id) = 1) AS i
ON s.article_id = i.article_id
WHEN MATCHED AND (s.story_id <> i.story_id OR s.signature <> i.signature) THEN UPDATE SET
    story_id = i.story_id, signature = i.signature
WHEN NOT MATCHED THEN INSERT BY NAME;
