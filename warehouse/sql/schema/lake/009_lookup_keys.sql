-- 009 on a lake only (warehouse.db.migrate_lake runs it after creating the tables, before the
-- migration fills them): the key tables are written sorted by their key (every insert, and the
-- files `veille maintain` merges) in row groups of 4,096 rows, so each row group's min/max covers
-- a narrow key range and a lookup skips the others. (A DuckDB file keeps its 122,880-row row
-- groups: there a lookup reads the key column whole, as fast as the string scan it replaces.)
ALTER TABLE url_sightings SET SORTED BY (url_key);
ALTER TABLE article_hash_keys SET SORTED BY (hash_key);
CALL lake.set_option('parquet_row_group_size', '4096', table_name => 'url_sightings');
CALL lake.set_option('parquet_row_group_size', '4096', table_name => 'article_hash_keys');
