-- Entities first mentioned this week: no article of an earlier week names them.
-- params: week, type, limit
-- week: the ISO week (default: the latest week with mentions); type: ORG|PER|LOC|MISC;
-- limit: rows (default 50), most-cited first. first_url: the earliest article naming it.
-- "New" is defined once, in `_entity_first_mentions.sql` (the digest reads it too).
WITH target AS (
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT max(week) FROM entity_weeks)) AS week
)
SELECT w.week, w.entity_id, e.name, e.type, e.country, w.articles, w.mentions, f.first_url
FROM entity_weeks w
JOIN target t ON w.week = t.week
JOIN _entity_first_mentions f ON f.entity_id = w.entity_id AND f.first_week = w.week
JOIN entities e ON e.entity_id = w.entity_id
WHERE getvariable('type') IS NULL OR e.type = getvariable('type')
ORDER BY w.articles DESC, w.mentions DESC, w.entity_id
LIMIT coalesce(getvariable('limit'), 50)
