SELECT article_id, story_id, signature FROM story_signatures ORDER BY article_id;
