-- Upsert articles by id. When the text changed (new content_hash), the article's mentions, dates
-- and roles describe the old text: delete them, the caller reloads them right after.
-- The batch's stored articles are looked up once (article ids are hashes: finding them reads the
-- id column of every article, and only that column: 0.6 s at 10 M articles where reading their
-- other columns too took 1.8 s); the statements below read this small table, and those that find
-- nothing to do (a daily run's articles are new) skip their scan.
-- A join side of at most 1,000 rows is pushed into the scan as an IN list (the lookups set
-- the same on the writer's connection, read/known_urls_of.sql): the key deletes below read
-- only the row groups of the batch's keys.
SET dynamic_or_filter_threshold = 1000;

CREATE OR REPLACE TEMP TABLE stored_ids_of_batch AS
SELECT article_id FROM articles WHERE article_id IN (SELECT article_id FROM incoming_articles);

CREATE OR REPLACE TEMP TABLE stored_of_batch AS
SELECT article_id, url, content_hash, published_at, first_seen_at, fetched_at
FROM articles WHERE article_id IN (SELECT article_id FROM stored_ids_of_batch);

-- The batch's articles no stored row had (inside a lake run, warehouse.load notes them in
-- run_new_articles: they cannot have stored mentions, dates or roles from before the run).
CREATE OR REPLACE TEMP TABLE new_of_batch AS
SELECT DISTINCT article_id FROM incoming_articles ANTI JOIN stored_of_batch USING (article_id);

CREATE OR REPLACE TEMP TABLE rewritten_of_batch AS
SELECT DISTINCT i.article_id FROM incoming_articles i JOIN stored_of_batch a USING (article_id)
WHERE a.content_hash <> i.content_hash;

DELETE FROM mentions WHERE article_id IN (SELECT article_id FROM rewritten_of_batch);

DELETE FROM article_dates WHERE article_id IN (SELECT article_id FROM rewritten_of_batch);

DELETE FROM roles WHERE article_id IN (SELECT article_id FROM rewritten_of_batch);

-- Events, participants and role spells read in the old text go too (reloaded with the new one).
DELETE FROM event_participants WHERE event_id IN (
    SELECT e.event_id FROM events e SEMI JOIN rewritten_of_batch USING (article_id));

DELETE FROM events WHERE article_id IN (SELECT article_id FROM rewritten_of_batch);

DELETE FROM role_spells WHERE article_id IN (SELECT article_id FROM rewritten_of_batch);

DELETE FROM article_coverage WHERE article_id IN (SELECT article_id FROM rewritten_of_batch);

-- The rollups of these articles' weeks, old and new, must be rebuilt (warehouse.rollups).
INSERT INTO rollup_dirty_weeks
SELECT DISTINCT CAST(date_trunc('week', coalesce(i.published_at, a.first_seen_at, i.seen_at)) AS DATE)
FROM incoming_articles i LEFT JOIN stored_of_batch a USING (article_id)
UNION
SELECT DISTINCT CAST(date_trunc('week', coalesce(a.published_at, a.first_seen_at)) AS DATE)
FROM stored_of_batch a;

-- The row of each incoming article that is written (the latest seen), chosen once: the insert,
-- the merge and the lookup keys below write the same one.
CREATE OR REPLACE TEMP TABLE latest_of_batch AS
SELECT * FROM incoming_articles
QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY seen_at DESC) = 1;

-- The lookup keys follow (migration 009), written from what the insert and merge below leave:
-- a stored article then holds the incoming row's fetched_at and content_hash (the merge rewrites
-- it whenever either differs) and keeps its URL and first_seen_at. Its url_sightings row
-- changes with fetched_at or the hash, its article_hash_keys row with the hash only: the old row
-- is deleted by its key (the old hash is in stored_of_batch, so on a lake the delete reads only
-- the row groups holding those keys), the new one appended.
CREATE OR REPLACE TEMP TABLE keys_of_batch AS
SELECT i.article_id, coalesce(s.url, i.url) AS url, i.content_hash,
       coalesce(s.first_seen_at, i.seen_at) AS first_seen_at, i.fetched_at,
       s.article_id IS NULL AS is_new, s.content_hash AS old_hash,
       s.article_id IS NOT NULL AND (s.fetched_at IS DISTINCT FROM i.fetched_at
                                     OR s.content_hash <> i.content_hash) AS refetched
FROM latest_of_batch i LEFT JOIN stored_of_batch s USING (article_id);

DELETE FROM url_sightings
WHERE url_key IN (SELECT ('0x' || left(md5(url), 16))::UBIGINT FROM keys_of_batch WHERE refetched)
  AND kind = 'article'
  AND url IN (SELECT url FROM keys_of_batch WHERE refetched);

INSERT INTO url_sightings
SELECT ('0x' || left(md5(url), 16))::UBIGINT AS url_key, url, 'article', NULL, first_seen_at,
       fetched_at, 'stored', content_hash
FROM keys_of_batch WHERE is_new OR refetched
ORDER BY url_key;

DELETE FROM article_hash_keys
WHERE hash_key IN (SELECT ('0x' || left(md5(old_hash), 16))::UBIGINT FROM keys_of_batch
                   WHERE NOT is_new AND old_hash <> content_hash)
  AND article_id IN (SELECT article_id FROM keys_of_batch WHERE NOT is_new AND old_hash <> content_hash);

INSERT INTO article_hash_keys
SELECT ('0x' || left(md5(content_hash), 16))::UBIGINT AS hash_key, content_hash, url, article_id
FROM keys_of_batch WHERE is_new OR old_hash <> content_hash
ORDER BY hash_key;

-- New articles are inserted; the stored ones are merged: first_seen_at never moves; updated_at
-- and run_id move only when the content did. (MERGE, not ON CONFLICT: a lake has no primary key;
-- an article seen again unchanged is not rewritten.) A batch of new articles merges nothing,
-- and the MERGE then reads no stored article.
INSERT INTO articles BY NAME
SELECT article_id, url, source, title, published_at, language, text, story_id, author,
       sitename, description, content_hash, topic_score, fetched_at,
       seen_at AS first_seen_at, seen_at AS updated_at, run_id
FROM latest_of_batch ANTI JOIN stored_of_batch USING (article_id);

MERGE INTO articles AS a
USING (SELECT article_id, url, source, title, published_at, language, text, story_id, author,
              sitename, description, content_hash, topic_score, fetched_at,
              seen_at AS first_seen_at, seen_at AS updated_at, run_id
       FROM latest_of_batch SEMI JOIN stored_of_batch USING (article_id)) AS i
ON a.article_id = i.article_id
WHEN MATCHED AND (a.source, a.title, a.published_at, a.language, a.content_hash, a.story_id,
                  a.author, a.sitename, a.description, a.topic_score, a.fetched_at)
                 IS DISTINCT FROM (i.source, i.title, i.published_at, i.language, i.content_hash,
                  i.story_id, i.author, i.sitename, i.description, i.topic_score, i.fetched_at)
                 OR a.text <> i.text THEN UPDATE SET
    source = i.source, title = i.title, published_at = i.published_at,
    language = i.language, text = i.text, story_id = i.story_id,
    author = i.author, sitename = i.sitename, description = i.description,
    topic_score = i.topic_score, fetched_at = i.fetched_at,
    updated_at = CASE WHEN a.content_hash <> i.content_hash THEN i.updated_at ELSE a.updated_at END,
    run_id = CASE WHEN a.content_hash <> i.content_hash THEN i.run_id ELSE a.run_id END,
    content_hash = i.content_hash;
