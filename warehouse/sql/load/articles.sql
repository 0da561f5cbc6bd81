-- Upsert articles by id. When the text changed (new content_hash), the article's mentions, dates
-- and roles describe the old text: delete them, the caller reloads them right after.
DELETE FROM mentions WHERE article_id IN (
    SELECT i.article_id FROM incoming_articles i JOIN articles a USING (article_id)
    WHERE a.content_hash <> i.content_hash);

DELETE FROM article_dates WHERE article_id IN (
    SELECT i.article_id FROM incoming_articles i JOIN articles a USING (article_id)
    WHERE a.content_hash <> i.content_hash);

DELETE FROM roles WHERE article_id IN (
    SELECT i.article_id FROM incoming_articles i JOIN articles a USING (article_id)
    WHERE a.content_hash <> i.content_hash);

-- Events, participants and role spells read in the old text go too (reloaded with the new one).
DELETE FROM event_participants WHERE event_id IN (
    SELECT e.event_id FROM events e JOIN incoming_articles i USING (article_id) JOIN articles a USING (article_id)
    WHERE a.content_hash <> i.content_hash);

DELETE FROM events WHERE article_id IN (
    SELECT i.article_id FROM incoming_articles i JOIN articles a USING (article_id)
    WHERE a.content_hash <> i.content_hash);

DELETE FROM role_spells WHERE article_id IN (
    SELECT i.article_id FROM incoming_articles i JOIN articles a USING (article_id)
    WHERE a.content_hash <> i.content_hash);

DELETE FROM article_coverage WHERE article_id IN (
    SELECT i.article_id FROM incoming_articles i JOIN articles a USING (article_id)
    WHERE a.content_hash <> i.content_hash);

-- The rollups of these articles' weeks, old and new, must be rebuilt (warehouse.rollups).
INSERT INTO rollup_dirty_weeks
SELECT DISTINCT CAST(date_trunc('week', coalesce(i.published_at, a.first_seen_at, i.seen_at)) AS DATE)
FROM incoming_articles i LEFT JOIN articles a USING (article_id)
UNION
SELECT DISTINCT CAST(date_trunc('week', coalesce(a.published_at, a.first_seen_at)) AS DATE)
FROM articles a SEMI JOIN incoming_articles i USING (article_id);

-- first_seen_at never moves; updated_at and run_id move only when the content did.
INSERT INTO articles BY NAME
SELECT article_id, url, source, title, published_at, language, text, story_id, author, sitename,
       description, content_hash, topic_score, fetched_at,
       seen_at AS first_seen_at, seen_at AS updated_at, run_id
FROM incoming_articles
QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY seen_at DESC) = 1
ON CONFLICT (article_id) DO UPDATE SET
    source = excluded.source, title = excluded.title, published_at = excluded.published_at,
    language = excluded.language, text = excluded.text, story_id = excluded.story_id,
    author = excluded.author, sitename = excluded.sitename, description = excluded.description,
    topic_score = excluded.topic_score, fetched_at = excluded.fetched_at,
    updated_at = CASE WHEN articles.content_hash <> excluded.content_hash
                      THEN excluded.updated_at ELSE articles.updated_at END,
    run_id = CASE WHEN articles.content_hash <> excluded.content_hash
                  THEN excluded.run_id ELSE articles.run_id END,
    content_hash = excluded.content_hash;
