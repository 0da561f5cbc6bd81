-- runs.status is running, completed or failed.
SELECT run_id, status FROM runs WHERE status NOT IN ('running', 'completed', 'failed')
