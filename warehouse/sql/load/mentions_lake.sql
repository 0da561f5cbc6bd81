-- Inside a lake run: `mentions.sql` without its two scans of the warehouse (every article id,
-- every mention's article id: 10 M and 300 M values at 10 M articles). The batch's articles are
-- looked up among this run's own rows (no snapshot yet: no stored file is read); only those the
-- run did not write are looked up in the stored articles, and only the mentions of articles
-- stored before the run (not in run_new_articles) in the stored mentions. A run's daily articles
-- are all new: both lookups then find an empty key list and read nothing.
CREATE OR REPLACE TEMP TABLE mention_batch_ids AS
SELECT DISTINCT article_id FROM incoming_mentions;

CREATE OR REPLACE TEMP TABLE mention_batch_articles AS
SELECT article_id, published_at, first_seen_at FROM articles
WHERE snapshot_id IS NULL AND article_id IN (SELECT article_id FROM mention_batch_ids);

INSERT INTO mention_batch_articles
SELECT article_id, published_at, first_seen_at FROM articles
WHERE snapshot_id IS NOT NULL AND article_id IN (
    SELECT article_id FROM mention_batch_ids ANTI JOIN mention_batch_articles USING (article_id));

-- The rollups of these articles' weeks must be rebuilt (warehouse.rollups).
INSERT INTO rollup_dirty_weeks
SELECT DISTINCT CAST(date_trunc('week', coalesce(published_at, first_seen_at)) AS DATE)
FROM mention_batch_articles;

-- Articles whose mentions may have been stored before this run.
CREATE OR REPLACE TEMP TABLE mention_batch_prior AS
SELECT article_id FROM mention_batch_ids ANTI JOIN run_new_articles USING (article_id);

-- Mentions of canonical entities; the same span of the same article is never stored twice.
INSERT INTO mentions (article_id, entity_id, surface, start_char, end_char)
SELECT DISTINCT i.article_id, i.entity_id, i.surface, i.start_char, i.end_char
FROM incoming_mentions i
ANTI JOIN (SELECT article_id, entity_id, start_char, end_char FROM mentions
           WHERE snapshot_id IS NULL
             AND article_id IN (SELECT article_id FROM mention_batch_ids)
           UNION ALL
           SELECT article_id, entity_id, start_char, end_char FROM mentions
           WHERE snapshot_id IS NOT NULL
             AND article_id IN (SELECT article_id FROM mention_batch_prior)) m
    ON m.article_id = i.article_id AND m.start_char = i.start_char
   AND m.end_char = i.end_char AND m.entity_id = i.entity_id;
