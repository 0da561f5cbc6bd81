SELECT url, content_hash FROM articles;
