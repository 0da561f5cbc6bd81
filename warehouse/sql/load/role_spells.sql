-- Role spells of the batch's articles; the same spell stated again by the same article is one row.
INSERT INTO role_spells BY NAME
SELECT DISTINCT i.* FROM incoming_role_spells i
ANTI JOIN (SELECT * FROM role_spells
           SEMI JOIN (SELECT DISTINCT article_id FROM incoming_role_spells) b USING (article_id)) r
    ON r.article_id = i.article_id AND r.person_entity_id = i.person_entity_id
   AND r.org_entity_id = i.org_entity_id AND r.role_key = i.role_key AND r.source = i.source
   AND r.started IS NOT DISTINCT FROM i.started AND r.ended IS NOT DISTINCT FROM i.ended;
