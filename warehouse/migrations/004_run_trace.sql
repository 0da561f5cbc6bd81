-- 004: every run leaves a trace. `runs.status` gains `interrupted` (a run whose process died
-- without recording an end: killed, or the machine stopped), and `error` keeps the error text of
-- a failed run. Rows for crashed and killed runs come from the run journal (`<db>.runs.jsonl`,
-- see warehouse/journal.py), copied in by the next run.
ALTER TABLE runs ADD COLUMN error VARCHAR;
