-- A lake's housekeeping, first half (`veille maintain`): move inlined rows into Parquet files and
-- merge the small files runs add. No row changes; the rollups are recorded again right after
-- when they counted the data before (their freshness is read from the snapshots).
CALL ducklake_flush_inlined_data('lake');
CALL ducklake_merge_adjacent_files('lake');
