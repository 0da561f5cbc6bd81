-- runs.status is running, completed, failed or interrupted (migration 004).
SELECT run_id, status FROM runs WHERE status NOT IN ('running', 'completed', 'failed', 'interrupted')
