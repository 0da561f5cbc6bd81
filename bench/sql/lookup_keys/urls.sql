-- The stored rows of a batch of URLs (`candidate_urls`, column `url`), found by key, confirmed on
-- the string. The join pushes the batch's keys into the scan as an IN filter only when the batch
-- has at most `dynamic_or_filter_threshold` rows (default 50); above, only their min and max.
WITH candidates AS MATERIALIZED (
    SELECT DISTINCT url, ('0x' || left(md5(url), 16))::UBIGINT AS url_key FROM candidate_urls
)
SELECT k.url, k.first_seen_at, k.fetched_at
FROM url_keys k JOIN candidates c ON k.url_key = c.url_key AND k.url = c.url;
