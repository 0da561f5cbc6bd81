-- One signature per article; re-signing an article replaces its signature and story.
INSERT INTO story_signatures BY NAME
SELECT article_id, story_id, signature
FROM incoming_story_signatures
QUALIFY row_number() OVER (PARTITION BY article_id) = 1
ON CONFLICT (article_id) DO UPDATE SET
    story_id = excluded.story_id, signature = excluded.signature;
