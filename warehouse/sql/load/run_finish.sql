-- A run ends: its status and the counts it gathered (JSON).
-- params: finished_at, status, stats, run_id
UPDATE runs
SET finished_at = getvariable('finished_at'), status = getvariable('status'), stats = CAST(getvariable('stats') AS JSON)
WHERE run_id = getvariable('run_id');
