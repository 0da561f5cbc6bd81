-- WARC files already loaded: a backfill skips them.
SELECT location FROM backfill_files WHERE status = 'done';
