-- What the duplicate check needs of the batch at hand (table `candidate_articles`: `url`,
-- `content_hash`), and nothing else: the stored hash of each candidate URL (`by` = 'url'), and
-- the stored URL of each candidate hash (`by` = 'hash'; of several, the greatest, as the whole
-- read it replaced kept). One pass over the two columns; rows of other articles are not returned.
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
