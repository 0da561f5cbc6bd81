-- Reference: article_hashes_of as it was before the lookup key tables (migration 009), reading
-- the articles' url and content_hash columns. tests/warehouse/test_lookup_keys.py holds the key
-- tables' answers equal to it.
WITH hits AS MATERIALIZED (
    SELECT url, content_hash FROM articles
    WHERE url IN (SELECT url FROM candidate_articles)
       OR content_hash IN (SELECT content_hash FROM candidate_articles)
)
SELECT 'url' AS by, url, content_hash FROM hits
WHERE url IN (SELECT url FROM candidate_articles)
UNION ALL
SELECT 'hash', max(url), content_hash FROM hits
WHERE content_hash IN (SELECT content_hash FROM candidate_articles)
GROUP BY content_hash;
