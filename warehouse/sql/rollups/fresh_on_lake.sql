-- On a lake, outside a run: are the rollups those of the current data? True when rollup_state was
-- committed (by a refresh, in the same snapshot as the rows it counted) and no later snapshot
-- inserted into or deleted from articles or mentions. Read from the catalog's snapshot list, so
-- a reader knows in milliseconds, where the fingerprint reads every article (seconds at 10 M).
WITH recorded AS (
    SELECT max(snapshot_id) AS snapshot_id FROM rollup_state
),
base AS (
    SELECT CAST(table_id AS VARCHAR) AS id FROM __ducklake_metadata_lake.ducklake_table
    WHERE table_name IN ('articles', 'mentions') AND end_snapshot IS NULL
),
later AS (
    SELECT flatten([coalesce(s.changes['tables_inserted_into'], []),
                    coalesce(s.changes['tables_deleted_from'], []),
                    coalesce(s.changes['inlined_insert'], []),
                    coalesce(s.changes['inlined_delete'], [])]) AS touched
    FROM lake.snapshots() s, recorded r
    WHERE s.snapshot_id > r.snapshot_id
)
SELECT (SELECT snapshot_id FROM recorded) IS NOT NULL
       AND (SELECT count(*) FROM rollup_state) = 1
       AND NOT EXISTS (SELECT 1 FROM later, base WHERE list_contains(later.touched, base.id))
