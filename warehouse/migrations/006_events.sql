-- 006: what happened in the ecosystem. Typed events (one per event of a story), their
-- participants, and role spells (who held which role in which organisation, from when to when).

-- One row per event of a story (copies of a story share the event; the first article keeps it).
CREATE TABLE events (
    event_id    VARCHAR PRIMARY KEY,     -- hash of story, type, participants, date, amount
    article_id  VARCHAR NOT NULL,        -- the article whose sentence is the evidence
    story_id    VARCHAR NOT NULL,
    type        VARCHAR NOT NULL,        -- funding | label | partnership | opening | appointment | agenda
    date        VARCHAR,                 -- ISO 8601 at the text's precision, ranges START/END
    amount      DOUBLE,                  -- funding: in the original currency
    currency    VARCHAR,                 -- ISO 4217
    amount_eur  DOUBLE,                  -- converted with models/events/rates.yaml (dated table)
    detail      VARCHAR,                 -- role title, label name, kind of site or gathering
    evidence    VARCHAR NOT NULL,        -- the sentence
    start_char  INTEGER NOT NULL,        -- offsets of the sentence in articles.text
    end_char    INTEGER NOT NULL,
    confidence  DOUBLE NOT NULL
);

CREATE TABLE event_participants (
    event_id    VARCHAR NOT NULL,
    entity_id   VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,        -- funder | recipient | partner | labelled | host | appointee | predecessor | organisation
    PRIMARY KEY (event_id, entity_id, role)
);

-- Who held which role where, as one article states it: a current role starts (at the latest) on
-- the article's date or the stated one; a past role ("ancienne directrice", a predecessor) ends.
CREATE TABLE role_spells (
    article_id        VARCHAR NOT NULL,
    person_entity_id  VARCHAR NOT NULL,
    org_entity_id     VARCHAR NOT NULL,
    role              VARCHAR NOT NULL,  -- as written ("présidente")
    role_key          VARCHAR NOT NULL,  -- gender- and number-folded ("president")
    started           VARCHAR,           -- ISO date at the text's precision
    ended             VARCHAR,
    source            VARCHAR NOT NULL   -- role | appointment | departure | past
);

-- Independent coverage: how each copy of a story relates to the copies before it.
CREATE TABLE article_coverage (
    article_id       VARCHAR PRIMARY KEY,
    story_id         VARCHAR NOT NULL,
    copy_similarity  DOUBLE,                 -- estimated Jaccard to the closest earlier copy (NULL: first copy)
    press_release    BOOLEAN NOT NULL        -- the text says it comes from a communiqué
);

-- The registry reaches the warehouse: what kind of organisation an entity is, and whether the
-- analysts watch it (VEILLE_WATCHLIST_PATH); outlets with their display name and kind.
CREATE TABLE entity_registry (
    entity_id  VARCHAR PRIMARY KEY,
    kind       VARCHAR,                      -- cluster, pole, technopark, company, institution, ...
    watched    BOOLEAN NOT NULL
);

CREATE TABLE source_registry (
    source   VARCHAR PRIMARY KEY,            -- sources.yaml `name`
    title    VARCHAR,                        -- display name (`title:`)
    kind     VARCHAR NOT NULL,               -- outlet | wire | organisation
    country  VARCHAR
);
