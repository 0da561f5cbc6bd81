-- Parquet files the lake's current snapshot reads (data and delete files): what a query opens,
-- and what `veille maintain` merges. Files of older snapshots stay on disk for time travel until
-- those snapshots expire; they are not counted here.
SELECT (SELECT count(*) FROM __ducklake_metadata_lake.ducklake_data_file WHERE end_snapshot IS NULL)
     + (SELECT count(*) FROM __ducklake_metadata_lake.ducklake_delete_file WHERE end_snapshot IS NULL)
       AS live_files
