-- 005: dead-link memory. A URL that answered 404/410 is not requested again for a growing
-- interval (1, 2, 4... days after `last_checked_at`, capped by VEILLE_DEAD_LINK_MAX_DAYS);
-- `crawlers.state.dead_link_retry_at` computes it from the run's `now`. A later answer in
-- 2xx/3xx removes the row.
CREATE TABLE dead_links (
    url              VARCHAR PRIMARY KEY,    -- canonical URL, as in crawl_log
    status           INTEGER NOT NULL,       -- 404 or 410, the latest answer
    failures         INTEGER NOT NULL,       -- 404/410 answers in a row
    first_failed_at  TIMESTAMP NOT NULL,
    last_checked_at  TIMESTAMP NOT NULL
);
