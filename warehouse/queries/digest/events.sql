-- The week's typed events (funding, label, partnership, opening, appointment), one per event of
-- a story (copies share it), with participants by role and the evidence article.
-- Params: $week_start, $week_end (DATE, end exclusive), $events_limit (per type).
WITH week_articles AS (
    SELECT article_id, url, title, source, coalesce(published_at, first_seen_at) AS dated_at
    FROM articles
    WHERE coalesce(published_at, first_seen_at) >= $week_start
      AND coalesce(published_at, first_seen_at) < $week_end
),

people AS (
    SELECT p.event_id,
           list(struct_pack(role := p.role, name := en.name) ORDER BY p.role, en.name) AS participants
    FROM event_participants AS p
    JOIN entities AS en USING (entity_id)
    GROUP BY p.event_id
)

SELECT e.type, e.date, e.detail, e.amount, e.currency, e.amount_eur, pe.participants,
       e.evidence, w.url, w.title, w.source
FROM events AS e
JOIN week_articles AS w USING (article_id)
JOIN people AS pe USING (event_id)
WHERE e.type <> 'agenda'
QUALIFY row_number() OVER (PARTITION BY e.type ORDER BY e.amount_eur DESC NULLS LAST, e.date, w.url) <= $events_limit
ORDER BY e.type, e.amount_eur DESC NULLS LAST, e.date, w.url
