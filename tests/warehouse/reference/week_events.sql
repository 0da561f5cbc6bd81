-- Typed events (funding, label, partnership, opening, appointment, agenda) stated by a week's articles, with participants and evidence.
-- params: week, event_type, limit
-- week: articles of that ISO week (default: the latest week with articles); event_type: one
-- type (default all); limit: rows (default 100). One row per event (copies of a story share it).
WITH dated AS (
    SELECT article_id, url, title, source, coalesce(published_at, first_seen_at) AS seen_at
    FROM articles
),
target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT CAST(date_trunc('week', max(seen_at)) AS DATE) FROM dated)) AS week
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
JOIN dated d USING (article_id)
JOIN target t ON d.seen_at >= t.week AND d.seen_at < t.week + INTERVAL 1 WEEK
JOIN people pe USING (event_id)
WHERE (getvariable('event_type') IS NULL OR e.type = lower(CAST(getvariable('event_type') AS VARCHAR)))
ORDER BY e.type, e.date, d.seen_at, e.event_id
LIMIT coalesce(getvariable('limit'), 100)
