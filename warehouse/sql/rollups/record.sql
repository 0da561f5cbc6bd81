-- Note the fingerprint of the base data the rollups were just built from; nothing is dirty.
-- params: fingerprint
DELETE FROM rollup_dirty_weeks;
DELETE FROM rollup_state;
INSERT INTO rollup_state VALUES (getvariable('fingerprint'), get_current_timestamp());
