-- A run ends: its status and the counts it gathered (JSON).
UPDATE runs
SET finished_at = $finished_at, status = $status, stats = CAST($stats AS JSON)
WHERE run_id = $run_id;
