-- Every role points at a stored article, person entity and (when named) organisation entity.
-- (Only the keys the checked roles name are looked up; articles among the checked ones first.)
WITH known_articles AS (
    SELECT article_id FROM checked_articles
    UNION ALL
    SELECT article_id FROM articles WHERE article_id IN (
        SELECT article_id FROM checked_roles ANTI JOIN checked_articles USING (article_id))
),
known_entities AS (
    SELECT entity_id FROM entities WHERE entity_id IN (
        SELECT person_entity_id FROM checked_roles UNION SELECT org_entity_id FROM checked_roles)
)
SELECT r.article_id, r.person_entity_id, r.role, r.org_entity_id FROM checked_roles r
WHERE r.article_id NOT IN (SELECT article_id FROM known_articles)
   OR r.person_entity_id NOT IN (SELECT entity_id FROM known_entities)
   OR (r.org_entity_id IS NOT NULL AND r.org_entity_id NOT IN (SELECT entity_id FROM known_entities))
