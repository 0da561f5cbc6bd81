-- An article has text and a language (NOT NULL is enforced; empty strings are not).
SELECT article_id, url FROM checked_articles WHERE trim(text) = '' OR trim(language) = ''
