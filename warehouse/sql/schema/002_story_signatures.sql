-- 002: MinHash signatures of each article, so a later run groups a new copy with an old story.

CREATE TABLE story_signatures (
    article_id  VARCHAR PRIMARY KEY,         -- articles.article_id
    story_id    VARCHAR NOT NULL,            -- articles.story_id at the time of signing
    signature   BLOB NOT NULL                -- serialised MinHash (pipeline owns the format)
);
