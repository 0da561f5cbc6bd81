-- At the start of a lake run: the articles this run inserts as new (no row of theirs was stored
-- before it), noted by the articles loader. What reads a batch's stored rows back (the mentions
-- loader, the run's rollups, the data checks) needs no lookup into the warehouse for them:
-- their rows are all this run's own, which carry no snapshot yet and are found without a scan.
CREATE OR REPLACE TEMP TABLE run_new_articles (article_id VARCHAR);
