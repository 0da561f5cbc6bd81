-- Each lookup key row mirrors a stored row and each stored row has its key rows (migration 009).
-- url_sightings: one per crawl_log, raw_pages and articles row; article_hash_keys: one per
-- article. A checked row's key row is a checked one (written with it) or, for an article
-- rewritten with the same fetched_at and hash, the stored one, found by its key; a checked key
-- row must mirror a checked row (a key row is written only with its row).
WITH mirrored AS MATERIALIZED (
    SELECT 'crawl_log' AS kind, url, run_id, fetched_at AS seen_at, fetched_at, outcome,
           NULL AS content_hash
    FROM checked_crawl_log
    UNION ALL
    SELECT 'raw_page', url, NULL, fetched_at, fetched_at, NULL, NULL FROM checked_raw_pages
    UNION ALL
    SELECT 'article', url, NULL, first_seen_at, fetched_at, 'stored', content_hash FROM checked_articles
),
unmatched AS MATERIALIZED (
    SELECT m.* FROM mirrored m ANTI JOIN checked_url_sightings s
        ON s.kind = m.kind AND s.url = m.url AND s.run_id IS NOT DISTINCT FROM m.run_id
       AND s.seen_at = m.seen_at AND s.fetched_at IS NOT DISTINCT FROM m.fetched_at
       AND s.outcome IS NOT DISTINCT FROM m.outcome AND s.content_hash IS NOT DISTINCT FROM m.content_hash
),
stored_sightings AS MATERIALIZED (
    SELECT * FROM url_sightings
    WHERE url_key IN (SELECT ('0x' || left(md5(url), 16))::UBIGINT FROM unmatched)
),
hashed AS MATERIALIZED (
    SELECT article_id, url, content_hash FROM checked_articles
),
unhashed AS MATERIALIZED (
    SELECT h.* FROM hashed h ANTI JOIN checked_article_hash_keys k
        ON k.article_id = h.article_id AND k.content_hash = h.content_hash AND k.url = h.url
),
stored_hash_keys AS MATERIALIZED (
    SELECT * FROM article_hash_keys
    WHERE hash_key IN (SELECT ('0x' || left(md5(content_hash), 16))::UBIGINT FROM unhashed)
)
SELECT 'row without its url_sightings row' AS problem, m.kind, m.url FROM unmatched m
ANTI JOIN stored_sightings s
    ON s.kind = m.kind AND s.url = m.url AND s.run_id IS NOT DISTINCT FROM m.run_id
   AND s.seen_at = m.seen_at AND s.fetched_at IS NOT DISTINCT FROM m.fetched_at
   AND s.outcome IS NOT DISTINCT FROM m.outcome AND s.content_hash IS NOT DISTINCT FROM m.content_hash
UNION ALL
SELECT 'article without its article_hash_keys row', 'article', h.url FROM unhashed h
ANTI JOIN stored_hash_keys k
    ON k.article_id = h.article_id AND k.content_hash = h.content_hash AND k.url = h.url
UNION ALL
SELECT 'url_sightings row mirroring no row', s.kind, s.url FROM checked_url_sightings s
ANTI JOIN mirrored m
    ON s.kind = m.kind AND s.url = m.url AND s.run_id IS NOT DISTINCT FROM m.run_id
   AND s.seen_at = m.seen_at AND s.fetched_at IS NOT DISTINCT FROM m.fetched_at
   AND s.outcome IS NOT DISTINCT FROM m.outcome AND s.content_hash IS NOT DISTINCT FROM m.content_hash
UNION ALL
SELECT 'article_hash_keys row of no article', 'article', k.url FROM checked_article_hash_keys k
ANTI JOIN hashed h ON k.article_id = h.article_id AND k.content_hash = h.content_hash AND k.url = h.url
UNION ALL
SELECT 'url_sightings key is not md5(url)', kind, url FROM checked_url_sightings
WHERE url_key <> ('0x' || left(md5(url), 16))::UBIGINT
UNION ALL
SELECT 'article_hash_keys key is not md5(content_hash)', 'article', url FROM checked_article_hash_keys
WHERE hash_key <> ('0x' || left(md5(content_hash), 16))::UBIGINT
