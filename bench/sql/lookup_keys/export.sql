-- The columns the lookups answer from, with their narrow keys: the first 16 hex digits of a
-- standard digest, read as a UBIGINT (md5 of the URL; the content hash is already hex). Not
-- DuckDB's hash(), whose values may change between versions: a stored key must not.
SELECT ('0x' || left(md5(url), 16))::UBIGINT AS url_key,
       ('0x' || left(content_hash, 16))::UBIGINT AS hash_key,
       url, content_hash, first_seen_at, fetched_at
FROM articles;
