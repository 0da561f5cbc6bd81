-- Changes of leadership: for an organisation and a role held this week, the person differs from
-- the last one recorded for that organisation and role before the week. Roles are compared on
-- their gender- and number-folded key (role_spells.role_key: "président" = "présidente"); a role
-- the text marks as past ("ancienne directrice") never counts as held this week, and an
-- appointment's stated predecessor counts as the previous holder.
-- params: week_start, week_end
-- (week_start, week_end (DATE, end exclusive).)
WITH spells AS (
    SELECT article_id, person_entity_id, org_entity_id, role, role_key, source FROM role_spells
    UNION ALL
    -- roles of articles loaded without role spells (before migration 006, or by hand): folded
    -- here with the main feminine and plural endings of models/events/role_forms.yaml
    SELECT r.article_id, r.person_entity_id, r.org_entity_id, r.role,
           regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
               lower(strip_accents(trim(r.role))),
               'trices?\b', 'teur', 'g'), 'ees?\b', 'e', 'g'), '(en|an)tes?\b', '\1t', 'g'),
               'ales?\b', 'al', 'g'), 'ives?\b', 'if', 'g') AS role_key,
           'role' AS source
    FROM roles AS r
    WHERE r.org_entity_id IS NOT NULL
      AND r.article_id NOT IN (SELECT article_id FROM role_spells)
),

dated_spells AS (
    SELECT s.person_entity_id, s.org_entity_id, s.role, s.role_key, s.source,
           a.url, a.title, coalesce(a.published_at, a.first_seen_at) AS dated_at
    FROM spells AS s
    JOIN articles AS a USING (article_id)
),

current_holders AS (
    SELECT * FROM dated_spells
    WHERE dated_at >= getvariable('week_start') AND dated_at < getvariable('week_end') AND source IN ('role', 'appointment')
    QUALIFY row_number() OVER (PARTITION BY org_entity_id, role_key
                               ORDER BY (source = 'appointment') DESC, dated_at DESC, url) = 1
),

previous_holders AS (
    SELECT *, dated_at AS seen_at FROM dated_spells
    WHERE (dated_at < getvariable('week_start') AND source IN ('role', 'appointment'))
       OR (dated_at >= getvariable('week_start') AND dated_at < getvariable('week_end') AND source = 'departure')
    QUALIFY row_number() OVER (PARTITION BY org_entity_id, role_key
                               ORDER BY (source = 'departure') DESC, dated_at DESC, url) = 1
),

changes AS (
    SELECT c.org_entity_id, c.person_entity_id, c.role_key,
           o.name        AS org,
           c.role        AS role,
           np.name       AS new_person,
           pp.name       AS previous_person,
           p.seen_at     AS previous_seen_at,
           c.url         AS url,
           c.title       AS title
    FROM current_holders AS c
    JOIN previous_holders AS p USING (org_entity_id, role_key)
    JOIN entities AS o  ON o.entity_id = c.org_entity_id
    JOIN entities AS np ON np.entity_id = c.person_entity_id
    JOIN entities AS pp ON pp.entity_id = p.person_entity_id
    WHERE c.person_entity_id <> p.person_entity_id
)

-- One change, one line: "prend la tête de X" (the generic role `dirigeant`, models/events/
-- triggers.yaml role_nouns) is left out when another copy names the role ("à la présidence").
SELECT ch.org, ch.role, ch.new_person, ch.previous_person, ch.previous_seen_at, ch.url, ch.title
FROM changes AS ch
WHERE NOT (ch.role_key = 'dirigeant' AND EXISTS (
    SELECT 1 FROM changes AS named
    WHERE named.org_entity_id = ch.org_entity_id AND named.person_entity_id = ch.person_entity_id
      AND named.role_key <> 'dirigeant'))
ORDER BY ch.org, ch.role_key
