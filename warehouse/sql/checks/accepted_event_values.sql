-- Event types, participant roles and role-spell sources are accepted values; an amount has a currency; every event has a participant.
SELECT 'type' AS field, e.event_id, e.type AS value FROM checked_events e
WHERE e.type NOT IN ('funding', 'label', 'partnership', 'opening', 'appointment', 'agenda')
UNION ALL
SELECT 'currency', e.event_id, e.currency FROM checked_events e
WHERE (e.amount IS NULL) <> (e.currency IS NULL)
UNION ALL
SELECT 'participants', e.event_id, NULL FROM checked_events e
WHERE e.event_id NOT IN (SELECT event_id FROM event_participants)
UNION ALL
SELECT 'role', p.event_id, p.role FROM checked_event_participants p
WHERE p.role NOT IN ('funder', 'recipient', 'partner', 'labelled', 'host', 'appointee', 'predecessor', 'organisation')
UNION ALL
SELECT 'source', s.article_id, s.source FROM checked_role_spells s
WHERE s.source NOT IN ('role', 'appointment', 'departure', 'past')
