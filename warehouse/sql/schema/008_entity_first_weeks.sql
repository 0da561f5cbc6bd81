-- 008: each entity's first week, a rollup kept by every write like entity_weeks, so that "which
-- entities are new this week" reads a few thousand rows, not the whole history (new_entities,
-- the digest's new names, `_entity_first_mentions`). Derived: rebuilt from entity_weeks.
CREATE TABLE entity_first_weeks (
    entity_id   VARCHAR NOT NULL,
    first_week  DATE NOT NULL                -- min(entity_weeks.week) of the entity
);

INSERT INTO entity_first_weeks
SELECT entity_id, min(week) FROM entity_weeks GROUP BY entity_id;
