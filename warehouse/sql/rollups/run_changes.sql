-- Inside a lake transaction: the articles and mentions it wrote (rows with no snapshot yet), and
-- whether it recorded the rollups (rollup_state rewritten). Read without a scan of stored files.
SELECT concat_ws('/', (SELECT count(*) FROM articles WHERE snapshot_id IS NULL),
                      (SELECT count(*) FROM mentions WHERE snapshot_id IS NULL)) AS written,
       EXISTS (SELECT 1 FROM rollup_state WHERE snapshot_id IS NULL) AS recorded
