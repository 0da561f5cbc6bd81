-- Runs the journal saw end (or found dead) that `runs` lacks or still shows running: a run that
-- failed or was killed lost its own row with the discarded copy of the warehouse.
MERGE INTO runs AS r
USING (SELECT run_id, started_at, finished_at, status, CAST(stats AS JSON) AS stats, error
       FROM incoming_runs) AS i
ON r.run_id = i.run_id
WHEN MATCHED AND r.status = 'running' THEN UPDATE SET
    finished_at = i.finished_at, status = i.status, stats = coalesce(i.stats, r.stats), error = i.error
WHEN NOT MATCHED THEN INSERT BY NAME;
