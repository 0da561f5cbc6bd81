-- What the duplicate check needs of the batch at hand (table `candidate_articles`: `url`,
-- `content_hash`), and nothing else: the stored hash of each candidate URL (`by` = 'url'), and
-- the stored URL of each candidate hash (`by` = 'hash'; of several, the greatest, as the whole
-- read it replaced kept). Rows of other articles are not read.
-- Read from the key tables (migration 009): the articles' rows of `url_sightings` (keyed by
-- md5(url), they carry the article's hash) for the URLs, `article_hash_keys` (keyed by
-- md5(content_hash)) for the hashes, each joined on the key and confirmed on the string; on a
-- lake each reads only the row groups holding the batch's keys (see known_urls_of.sql: same
-- threshold, same chunks).
SET dynamic_or_filter_threshold = 1000;
WITH by_hash AS MATERIALIZED (
    SELECT DISTINCT content_hash, ('0x' || left(md5(content_hash), 16))::UBIGINT AS hash_key
    FROM candidate_articles WHERE content_hash IS NOT NULL
),
by_url AS MATERIALIZED (
    SELECT DISTINCT url, ('0x' || left(md5(url), 16))::UBIGINT AS url_key
    FROM candidate_articles WHERE url IS NOT NULL
),
url_hits AS (
    SELECT s.url, s.content_hash
    FROM url_sightings s JOIN by_url c ON s.url_key = c.url_key AND s.url = c.url
    WHERE s.kind = 'article'
),
hash_hits AS (
    SELECT k.content_hash, max(k.url) AS url
    FROM article_hash_keys k JOIN by_hash c ON k.hash_key = c.hash_key AND k.content_hash = c.content_hash
    GROUP BY k.content_hash
)
SELECT 'url' AS by, url, content_hash FROM url_hits
UNION ALL
SELECT 'hash', url, content_hash FROM hash_hits;
