-- Runs the journal saw end (or found dead) that `runs` lacks or still shows running: a run that
-- failed or was killed lost its own row with the discarded copy of the warehouse.
INSERT INTO runs (run_id, started_at, finished_at, status, stats, error)
SELECT run_id, started_at, finished_at, status, CAST(stats AS JSON), error
FROM incoming_runs
ON CONFLICT (run_id) DO UPDATE SET
    finished_at = excluded.finished_at,
    status = excluded.status,
    stats = coalesce(excluded.stats, runs.stats),
    error = excluded.error
WHERE runs.status = 'running';
