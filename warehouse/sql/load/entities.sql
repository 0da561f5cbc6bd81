-- Upsert entities by id: resolution may rename or retype one; first_seen_at never moves.
INSERT INTO entities BY NAME
SELECT entity_id, name, type, country, seen_at AS first_seen_at
FROM incoming_entities
QUALIFY row_number() OVER (PARTITION BY entity_id) = 1
ON CONFLICT (entity_id) DO UPDATE SET
    name = excluded.name, type = excluded.type,
    country = coalesce(excluded.country, entities.country);
