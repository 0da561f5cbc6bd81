-- `veille reprocess`: forget everything derived from raw pages; raw pages, crawl log, runs and
-- validators stay, and the reprocess run rebuilds the rest from them.
DELETE FROM mentions;
DELETE FROM article_dates;
DELETE FROM roles;
DELETE FROM entity_aliases;
DELETE FROM story_signatures;
DELETE FROM articles;
DELETE FROM entities;
DELETE FROM article_entities;
DELETE FROM entity_weeks;
DELETE FROM rollup_dirty_weeks;
DELETE FROM rollup_state;
