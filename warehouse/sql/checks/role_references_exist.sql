-- Every role points at a stored article, person entity and (when named) organisation entity.
SELECT r.article_id, r.person_entity_id, r.role, r.org_entity_id FROM checked_roles r
WHERE r.article_id NOT IN (SELECT article_id FROM articles)
   OR r.person_entity_id NOT IN (SELECT entity_id FROM entities)
   OR (r.org_entity_id IS NOT NULL AND r.org_entity_id NOT IN (SELECT entity_id FROM entities))
