-- A lake's housekeeping (`veille maintain`): merge the small files runs add, expire snapshots
-- older than `cutoff` (time travel before it ends), delete the files no snapshot needs any more
-- and those a killed run left behind, once older than `cutoff`.
-- params: cutoff
CALL ducklake_flush_inlined_data('lake');
CALL ducklake_merge_adjacent_files('lake');
CALL ducklake_expire_snapshots('lake', older_than => CAST(getvariable('cutoff') AS TIMESTAMP));
CALL ducklake_cleanup_old_files('lake', older_than => CAST(getvariable('cutoff') AS TIMESTAMP));
CALL ducklake_delete_orphaned_files('lake', older_than => CAST(getvariable('cutoff') AS TIMESTAMP));
