-- Typed events (funding, label, partnership, opening, appointment, agenda) stated by a week's articles, with participants and evidence.
-- params: week, event_type, limit
-- week: articles of that ISO week (default: the latest week with articles); event_type: one
-- type (default all); limit: rows (default 100). One row per event (copies of a story share it).
WITH target AS (  -- the default week: _latest_article_week.sql
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT week FROM _latest_article_week)) AS week
),
week_articles AS (  -- dated by published_at, else first_seen_at, compared column by column:
    -- the scans then skip the Parquet files and row groups of other weeks
    SELECT a.article_id, a.url, a.title, a.source, a.published_at AS seen_at
    FROM articles a JOIN target t
      ON a.published_at >= t.week AND a.published_at < t.week + INTERVAL 1 WEEK
    UNION ALL
    SELECT a.article_id, a.url, a.title, a.source, a.first_seen_at AS seen_at
    FROM articles a JOIN target t
      ON a.first_seen_at >= t.week AND a.first_seen_at < t.week + INTERVAL 1 WEEK
    WHERE a.published_at IS NULL
),
people AS (
    SELECT p.event_id,
           list(p.role || ': ' || en.name ORDER BY p.role, en.name) AS participants,
           list(DISTINCT en.entity_id) AS entity_ids
    FROM event_participants p JOIN entities en USING (entity_id)
    GROUP BY p.event_id
)
SELECT t.week, e.event_id, e.type, e.date, e.amount, e.currency, e.amount_eur, e.detail,
       pe.participants, e.evidence, d.url, d.title, d.source, e.confidence, e.story_id
FROM events e
JOIN week_articles d USING (article_id)
CROSS JOIN target t
JOIN people pe USING (event_id)
WHERE (getvariable('event_type') IS NULL OR e.type = lower(CAST(getvariable('event_type') AS VARCHAR)))
ORDER BY e.type, e.date, d.seen_at, e.event_id
LIMIT coalesce(getvariable('limit'), 100)
