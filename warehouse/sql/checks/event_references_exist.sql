-- Every event points at a stored article; every participant at a stored event and entity; every role spell at stored article and entities.
SELECT 'event' AS row_kind, e.event_id AS id, e.article_id AS ref FROM checked_events e
WHERE e.article_id NOT IN (SELECT article_id FROM articles)
UNION ALL
SELECT 'participant', p.event_id, p.entity_id FROM checked_event_participants p
WHERE p.event_id NOT IN (SELECT event_id FROM events) OR p.entity_id NOT IN (SELECT entity_id FROM entities)
UNION ALL
SELECT 'role_spell', s.article_id, s.person_entity_id FROM checked_role_spells s
WHERE s.article_id NOT IN (SELECT article_id FROM articles)
   OR s.person_entity_id NOT IN (SELECT entity_id FROM entities)
   OR s.org_entity_id NOT IN (SELECT entity_id FROM entities)
