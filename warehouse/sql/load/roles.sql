-- Who holds which position where; a role already stored for the article is not stored twice.
INSERT INTO roles (article_id, person_entity_id, role, org_entity_id)
SELECT DISTINCT i.article_id, i.person_entity_id, i.role, i.org_entity_id
FROM incoming_roles i
ANTI JOIN (SELECT * FROM roles
           SEMI JOIN (SELECT DISTINCT article_id FROM incoming_roles) b USING (article_id)) r
    ON r.article_id = i.article_id AND r.person_entity_id = i.person_entity_id
   AND r.role = i.role AND r.org_entity_id IS NOT DISTINCT FROM i.org_entity_id;
