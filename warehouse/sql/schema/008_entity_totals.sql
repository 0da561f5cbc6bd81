-- 008: one row per entity summing its `entity_weeks` rows, a rollup kept by every write: the
-- all-time questions (most-cited entities, each entity's first week for "new this week") read
-- 200,000 rows, not every (week, entity) row of the history. Derived: rebuilt from entity_weeks.
CREATE TABLE entity_totals (
    entity_id   VARCHAR NOT NULL,
    first_week  DATE NOT NULL,               -- the week of its first mention
    last_week   DATE NOT NULL,
    weeks       BIGINT NOT NULL,             -- weeks with a mention
    articles    BIGINT NOT NULL,             -- distinct articles (an article has one week)
    mentions    BIGINT NOT NULL
);

INSERT INTO entity_totals
SELECT entity_id, min(week), max(week), count(*), sum(articles), sum(mentions)
FROM entity_weeks GROUP BY entity_id;
