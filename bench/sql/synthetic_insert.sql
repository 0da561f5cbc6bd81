-- Load the batch made by synthetic_batch.sql straight into the warehouse: articles, mentions
-- and their `article_entities` rollup rows (the very definition of
-- warehouse/sql/rollups/article_entities.sql, computed from the batch, not from the 300 M
-- mentions already stored; tests/warehouse/test_bench_synthetic.py holds them equal to a rebuild).
INSERT INTO articles BY NAME
SELECT article_id, url, source, title, published_at, language, text, story_id, author, sitename,
       description, content_hash, topic_score, fetched_at, seen_at AS first_seen_at,
       seen_at AS updated_at, run_id
FROM synthetic_articles
ORDER BY n;

-- Their lookup keys (warehouse/sql/load/articles.sql writes the same rows; the lake sorts them).
INSERT INTO url_sightings
SELECT ('0x' || left(md5(url), 16))::UBIGINT AS url_key, url, 'article', NULL, seen_at, fetched_at,
       'stored', content_hash
FROM synthetic_articles
ORDER BY url_key;

INSERT INTO article_hash_keys
SELECT ('0x' || left(md5(content_hash), 16))::UBIGINT AS hash_key, content_hash, url, article_id
FROM synthetic_articles
ORDER BY hash_key;

INSERT INTO mentions BY NAME
SELECT article_id, entity_id, surface, start_char, end_char FROM synthetic_mentions;

INSERT INTO article_entities
SELECT CAST(date_trunc('week', coalesce(a.published_at, a.seen_at)) AS DATE) AS week,
       m.article_id, m.entity_id, a.story_id, a.source, CAST(count(*) AS INTEGER) AS mentions
FROM synthetic_mentions m
JOIN synthetic_articles a USING (article_id)
GROUP BY ALL
ORDER BY week;
