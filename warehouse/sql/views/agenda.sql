-- Announced gatherings and deadlines (agenda events) from a day on, soonest first.
-- params: week, limit
-- week: from the Monday of that ISO week (default: the latest week with articles); limit: rows
-- (default 50). The date is the event's (a range START/END for a fair over several days).
WITH dated AS (
    SELECT article_id, url, title, source, coalesce(published_at, first_seen_at) AS seen_at
    FROM articles
),
target AS (  -- the default week: _latest_article_week.sql
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT week FROM _latest_article_week)) AS week
),
people AS (
    SELECT p.event_id, list(en.name ORDER BY en.name) AS organisations
    FROM event_participants p JOIN entities en USING (entity_id)
    GROUP BY p.event_id
)
SELECT split_part(e.date, '/', 1) AS starts, nullif(split_part(e.date, '/', 2), '') AS ends,
       e.detail AS gathering, pe.organisations, e.evidence, d.url, d.title, d.source, e.event_id
FROM events e
JOIN dated d USING (article_id)
JOIN people pe USING (event_id)
CROSS JOIN target t
WHERE e.type = 'agenda'
  AND coalesce(nullif(split_part(e.date, '/', 2), ''), split_part(e.date, '/', 1))
      >= left(strftime(t.week, '%Y-%m-%d'), length(split_part(e.date, '/', 1)))
ORDER BY starts, e.event_id
LIMIT coalesce(getvariable('limit'), 50)
