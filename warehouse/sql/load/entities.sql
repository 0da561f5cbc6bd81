-- Upsert entities by id: resolution may rename or retype one; first_seen_at never moves.
MERGE INTO entities AS e
USING (SELECT entity_id, name, type, country, seen_at AS first_seen_at
       FROM incoming_entities
       QUALIFY row_number() OVER (PARTITION BY entity_id) = 1) AS i
ON e.entity_id = i.entity_id
WHEN MATCHED AND (e.name, e.type, e.country)
                 IS DISTINCT FROM (i.name, i.type, coalesce(i.country, e.country)) THEN UPDATE SET
    name = i.name, type = i.type, country = coalesce(i.country, e.country)
WHEN NOT MATCHED THEN INSERT BY NAME;
