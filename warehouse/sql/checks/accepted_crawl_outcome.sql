-- crawl_log.outcome is one of pipeline.records.Outcome (bound as accepted_outcomes).
-- params: accepted_outcomes
SELECT run_id, url, outcome FROM checked_crawl_log
WHERE NOT list_contains(getvariable('accepted_outcomes'), outcome)
