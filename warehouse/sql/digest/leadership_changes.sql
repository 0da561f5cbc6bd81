-- Changes of leadership: for an organisation and a role named this week, the person differs
-- from the last one recorded for that same organisation and role before the week.
-- params: week_start, week_end
-- (week_start, week_end: DATE, the end exclusive.)
WITH dated_roles AS (
    SELECT r.person_entity_id, r.org_entity_id, r.role, lower(trim(r.role)) AS role_key,
           a.url, a.title, coalesce(a.published_at, a.first_seen_at) AS dated_at
    FROM roles AS r
    JOIN articles AS a USING (article_id)
    WHERE r.org_entity_id IS NOT NULL
),

current_holders AS (
    SELECT * FROM dated_roles
    WHERE dated_at >= getvariable('week_start') AND dated_at < getvariable('week_end')
    QUALIFY row_number() OVER (PARTITION BY org_entity_id, role_key ORDER BY dated_at DESC, url) = 1
),

previous_holders AS (
    SELECT * FROM dated_roles
    WHERE dated_at < getvariable('week_start')
    QUALIFY row_number() OVER (PARTITION BY org_entity_id, role_key ORDER BY dated_at DESC, url) = 1
)

SELECT o.name        AS org,
       c.role        AS role,
       np.name       AS new_person,
       pp.name       AS previous_person,
       p.dated_at    AS previous_seen_at,
       c.url         AS url,
       c.title       AS title
FROM current_holders AS c
JOIN previous_holders AS p USING (org_entity_id, role_key)
JOIN entities AS o  ON o.entity_id = c.org_entity_id
JOIN entities AS np ON np.entity_id = c.person_entity_id
JOIN entities AS pp ON pp.entity_id = p.person_entity_id
WHERE c.person_entity_id <> p.person_entity_id
ORDER BY o.name, c.role_key
