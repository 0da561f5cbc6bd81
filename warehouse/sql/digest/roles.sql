-- Who holds which role where, as stated by this week's articles; one line per
-- (person, role, organisation), linked to the latest article that says so.
-- params: week_start, week_end, roles_limit
-- (week_start, week_end: DATE, the end exclusive.)
WITH week_roles AS (
    SELECT r.person_entity_id, r.org_entity_id, r.role, lower(trim(r.role)) AS role_key,
           a.url, a.title, a.source, coalesce(a.published_at, a.first_seen_at) AS dated_at
    FROM roles AS r
    JOIN articles AS a USING (article_id)
    WHERE coalesce(a.published_at, a.first_seen_at) >= getvariable('week_start')
      AND coalesce(a.published_at, a.first_seen_at) < getvariable('week_end')
),

latest AS (
    SELECT * FROM week_roles
    QUALIFY row_number() OVER (
        PARTITION BY person_entity_id, role_key, org_entity_id ORDER BY dated_at DESC, url) = 1
)

SELECT p.name AS person, l.role, o.name AS org, l.url, l.title, l.source, l.dated_at
FROM latest AS l
JOIN entities AS p ON p.entity_id = l.person_entity_id
LEFT JOIN entities AS o ON o.entity_id = l.org_entity_id
ORDER BY o.name NULLS LAST, l.role_key, p.name
LIMIT getvariable('roles_limit')
