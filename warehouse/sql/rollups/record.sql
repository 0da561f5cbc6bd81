-- Note the fingerprint of the base data the rollups were just built from.
DELETE FROM rollup_state;
INSERT INTO rollup_state VALUES ($fingerprint, get_current_timestamp());
