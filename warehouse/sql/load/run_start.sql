-- A run begins (or is restarted under the same id): status 'running', no finish yet.
-- params: run_id, started_at
INSERT INTO runs (run_id, started_at, finished_at, status, stats)
VALUES (getvariable('run_id'), getvariable('started_at'), NULL, 'running', NULL)
ON CONFLICT (run_id) DO UPDATE SET
    started_at = excluded.started_at, finished_at = NULL, status = 'running', stats = NULL;
