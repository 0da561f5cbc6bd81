-- The stored URL (the greatest) of each content hash of a batch (`candidate_hashes`).
WITH candidates AS MATERIALIZED (
    SELECT DISTINCT content_hash, ('0x' || left(content_hash, 16))::UBIGINT AS hash_key
    FROM candidate_hashes
)
SELECT k.content_hash, max(k.url) AS url
FROM hash_keys k JOIN candidates c ON k.hash_key = c.hash_key AND k.content_hash = c.content_hash
GROUP BY k.content_hash;
