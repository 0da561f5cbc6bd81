-- Record WARC files as read and their unreadable records, in the commit of their articles.
-- A file read again (it had failed) replaces its row and its list of errors.
DELETE FROM backfill_errors WHERE location IN (SELECT location FROM incoming_backfill_files);

INSERT INTO backfill_errors
SELECT location, byte_offset, reason, run_id FROM incoming_backfill_errors;

DELETE FROM backfill_files WHERE location IN (SELECT location FROM incoming_backfill_files);

INSERT INTO backfill_files
SELECT location, run_id, status, records, responses, off_host, rejected, pages, stored, corrupt,
       error, finished_at
FROM incoming_backfill_files;
