-- Two key tables sorted by their key, written with small row groups: each Parquet row group then
-- covers a narrow key range, and its min/max statistics let a lookup skip it.
-- params: src
CREATE TABLE url_keys (url_key UBIGINT NOT NULL, url VARCHAR NOT NULL,
                       first_seen_at TIMESTAMP, fetched_at TIMESTAMP);
CREATE TABLE hash_keys (hash_key UBIGINT NOT NULL, content_hash VARCHAR NOT NULL, url VARCHAR NOT NULL);
INSERT INTO url_keys SELECT url_key, url, first_seen_at, fetched_at FROM read_parquet(getvariable('src')) ORDER BY url_key;
INSERT INTO hash_keys SELECT hash_key, content_hash, url FROM read_parquet(getvariable('src')) ORDER BY hash_key;
