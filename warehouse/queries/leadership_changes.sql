-- Per organisation, who held which role from when to when (role words gender- and number-folded).
-- params: limit
-- From role spells: a role seen in an article starts at the latest on its date, an appointment on
-- its stated date; a spell ends when the text says so (former, outgoing, predecessor) or when the
-- next holder of the same role in the same organisation starts. limit: rows (default 200).
WITH spells AS (
    SELECT org_entity_id, role_key, person_entity_id,
           arg_min(role, coalesce(started, ended)) AS role,
           min(started) AS started,
           max(ended)   AS ended_stated,
           count(DISTINCT article_id) AS articles
    FROM role_spells
    GROUP BY org_entity_id, role_key, person_entity_id
),
ordered AS (
    SELECT *,
           lead(started) OVER (PARTITION BY org_entity_id, role_key ORDER BY started NULLS FIRST,
                               person_entity_id) AS next_started
    FROM spells
)
SELECT o.name AS organisation, s.role_key AS role, s.role AS role_as_written, p.name AS person,
       s.started AS held_from, coalesce(s.ended_stated, s.next_started) AS held_to,
       s.articles, s.org_entity_id, s.person_entity_id
FROM ordered s
JOIN entities o ON o.entity_id = s.org_entity_id
JOIN entities p ON p.entity_id = s.person_entity_id
ORDER BY o.name, s.role_key, coalesce(s.started, s.ended_stated), p.name
LIMIT coalesce(getvariable('limit'), 200)
