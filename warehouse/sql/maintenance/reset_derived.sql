-- Before `veille reprocess`: drop everything derived from raw pages; raw_pages, crawl_log,
-- http_validators and runs stay, so the history of what was fetched is kept.
DELETE FROM event_participants;
DELETE FROM events;
DELETE FROM role_spells;
DELETE FROM article_coverage;
DELETE FROM entity_registry;
DELETE FROM roles;
DELETE FROM mentions;
DELETE FROM article_dates;
DELETE FROM entity_aliases;
DELETE FROM entities;
DELETE FROM story_signatures;
DELETE FROM articles;
-- The lookup keys of the articles go with them (those of crawl_log and raw_pages stay).
DELETE FROM article_hash_keys;
DELETE FROM url_sightings WHERE kind = 'article';
-- The trend rollups go too; without a rollup_state the next refresh rebuilds them in full.
DELETE FROM article_entities;
DELETE FROM entity_weeks;
DELETE FROM entity_totals;
DELETE FROM rollup_dirty_weeks;
DELETE FROM rollup_state;
