-- A lake's housekeeping, second half (`veille maintain`, after lake_merge.sql): expire snapshots
-- older than `cutoff` (time travel before it ends), delete the files no snapshot needs any more
-- and those a killed run left behind, once older than `cutoff`.
-- params: cutoff
CALL ducklake_expire_snapshots('lake', older_than => CAST(getvariable('cutoff') AS TIMESTAMP));
CALL ducklake_cleanup_old_files('lake', older_than => CAST(getvariable('cutoff') AS TIMESTAMP));
CALL ducklake_delete_orphaned_files('lake', older_than => CAST(getvariable('cutoff') AS TIMESTAMP));
