SELECT entity_id, name, type, country FROM entities ORDER BY entity_id;
