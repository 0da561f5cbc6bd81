-- 007: the backfill journal. A WARC file is the unit of work of `veille backfill`: its row is
-- written in the same commit as its articles, so a backfill interrupted anywhere resumes with the
-- files that have no `done` row, and never loads a record twice.

CREATE TABLE backfill_files (
    location     VARCHAR PRIMARY KEY,        -- local path or URL of the WARC file, as expanded
    run_id       VARCHAR NOT NULL,           -- runs.run_id of the backfill that read it
    status       VARCHAR NOT NULL,           -- done | failed (failed files are tried again)
    records      BIGINT NOT NULL,            -- WARC records read, every type
    responses    BIGINT NOT NULL,            -- `response` records
    off_host     BIGINT NOT NULL,            -- responses of hosts not kept (dropped unseen)
    rejected     BIGINT NOT NULL,            -- kept host, but not a 200 HTML page (in crawl_log)
    pages        BIGINT NOT NULL,            -- pages sent through extraction, screening, NLP
    stored       BIGINT NOT NULL,            -- articles stored (new or updated)
    corrupt      BIGINT NOT NULL,            -- unreadable records, each in backfill_errors
    error        VARCHAR,                    -- why the file could not be read at all
    finished_at  TIMESTAMP NOT NULL
);

-- Each unreadable record (or stretch of bytes) of a WARC file, where it was and why.
CREATE TABLE backfill_errors (
    location     VARCHAR NOT NULL,
    byte_offset  BIGINT NOT NULL,            -- offset of the gzip member in the file; -1 unknown
    reason       VARCHAR NOT NULL,
    run_id       VARCHAR NOT NULL
);
