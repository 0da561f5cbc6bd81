-- A run begins (or is restarted under the same id): status 'running', no finish yet.
-- params: run_id, started_at
MERGE INTO runs AS r
USING (SELECT CAST(getvariable('run_id') AS VARCHAR) AS run_id,
              CAST(getvariable('started_at') AS TIMESTAMP) AS started_at) AS i
ON r.run_id = i.run_id
WHEN MATCHED THEN UPDATE SET started_at = i.started_at, finished_at = NULL, status = 'running', stats = NULL
WHEN NOT MATCHED THEN INSERT (run_id, started_at, finished_at, status, stats)
    VALUES (i.run_id, i.started_at, NULL, 'running', NULL);
