-- Every event points at a stored article; every participant at a stored event and entity; every role spell at stored article and entities.
-- (Only the keys the checked rows name are looked up; articles among the checked ones first.)
WITH referenced AS (
    SELECT article_id FROM checked_events UNION SELECT article_id FROM checked_role_spells
),
known_articles AS (
    SELECT article_id FROM checked_articles SEMI JOIN referenced USING (article_id)
    UNION ALL
    SELECT article_id FROM articles WHERE article_id IN (
        SELECT article_id FROM referenced ANTI JOIN checked_articles USING (article_id))
),
known_entities AS (
    SELECT entity_id FROM entities WHERE entity_id IN (
        SELECT entity_id FROM checked_event_participants
        UNION SELECT person_entity_id FROM checked_role_spells
        UNION SELECT org_entity_id FROM checked_role_spells)
)
SELECT 'event' AS row_kind, e.event_id AS id, e.article_id AS ref FROM checked_events e
WHERE e.article_id NOT IN (SELECT article_id FROM known_articles)
UNION ALL
SELECT 'participant', p.event_id, p.entity_id FROM checked_event_participants p
WHERE p.event_id NOT IN (SELECT event_id FROM events WHERE event_id IN (SELECT event_id FROM checked_event_participants))
   OR p.entity_id NOT IN (SELECT entity_id FROM known_entities)
UNION ALL
SELECT 'role_spell', s.article_id, s.person_entity_id FROM checked_role_spells s
WHERE s.article_id NOT IN (SELECT article_id FROM known_articles)
   OR s.person_entity_id NOT IN (SELECT entity_id FROM known_entities)
   OR s.org_entity_id NOT IN (SELECT entity_id FROM known_entities)
