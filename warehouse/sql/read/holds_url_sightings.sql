-- Whether url_sightings (all that read/known_urls_of.sql reads) holds any row. A crawl whose
-- warehouse has none at the run's snapshot (a first run) is not given the warehouse to ask: every
-- lookup would find nothing (flows/state.py). Reads at most one row.
SELECT count(*) FROM (SELECT 1 FROM url_sightings LIMIT 1);
