-- runs.status is running, completed, failed or interrupted (migration 004).
SELECT run_id, status FROM checked_runs WHERE status NOT IN ('running', 'completed', 'failed', 'interrupted')
