-- A lookup connection of a lake reads the tables as of one snapshot (variable
-- `veille_snapshot`, set for the connection's life by `warehouse.lookups`): the snapshot the
-- run started from, whatever another writer commits meanwhile. Temporary views shadow the
-- lake's tables, so the lookup queries (`read/*_of.sql`) are the same on both storages.
-- The variable is read when the views are queried: it is set, not bound for this file alone.
-- params: veille_snapshot
CREATE OR REPLACE TEMP VIEW crawl_log AS
    FROM lake.main.crawl_log AT (VERSION => getvariable('veille_snapshot'));
CREATE OR REPLACE TEMP VIEW raw_pages AS
    FROM lake.main.raw_pages AT (VERSION => getvariable('veille_snapshot'));
CREATE OR REPLACE TEMP VIEW articles AS
    FROM lake.main.articles AT (VERSION => getvariable('veille_snapshot'));
CREATE OR REPLACE TEMP VIEW url_sightings AS
    FROM lake.main.url_sightings AT (VERSION => getvariable('veille_snapshot'));
CREATE OR REPLACE TEMP VIEW article_hash_keys AS
    FROM lake.main.article_hash_keys AT (VERSION => getvariable('veille_snapshot'));
SELECT 1;
