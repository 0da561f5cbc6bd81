-- An alias is never the canonical name: drop those a rename turned into the name, then add the
-- batch's new aliases.
DELETE FROM entity_aliases
WHERE (entity_id, alias) IN (
    SELECT (a.entity_id, a.alias) FROM entity_aliases a JOIN entities e USING (entity_id)
    WHERE a.alias = e.name AND a.entity_id IN (SELECT entity_id FROM incoming_entities));

INSERT INTO entity_aliases (entity_id, alias)
SELECT DISTINCT i.entity_id, i.alias
FROM incoming_aliases i
JOIN entities e ON e.entity_id = i.entity_id AND e.name <> i.alias
ANTI JOIN entity_aliases a ON a.entity_id = i.entity_id AND a.alias = i.alias;
