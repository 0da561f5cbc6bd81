-- Whether the duplicate check's lookup keys (migration 009) hold any row: the articles' rows of
-- url_sightings and article_hash_keys, all that read/article_hashes_of.sql reads. A run that
-- finds both empty at its start asks nothing per batch: only its own articles could be found,
-- and it knows them (flows/knowledge.py). Reads at most one row of each.
SELECT (SELECT count(*) FROM (SELECT 1 FROM url_sightings WHERE kind = 'article' LIMIT 1))
     + (SELECT count(*) FROM (SELECT 1 FROM article_hash_keys LIMIT 1));
