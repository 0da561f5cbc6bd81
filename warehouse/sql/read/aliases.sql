SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias;
