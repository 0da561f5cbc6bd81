-- A synthetic batch of news (bench/warehouse.py): temp tables synthetic_articles and
-- synthetic_mentions, generated set-based from range() with hash() as the dice (no Python loop,
-- the same numbers give the same rows on every run).
-- params: first, count, starts_at, span_s, pool_from, pool_to, mentions_per_article, entities_per_article, text
-- Articles `first` .. `first + count - 1` are spread evenly over `span_s` seconds from
-- `starts_at`, in publication order (as runs load them). One group of 3 consecutive articles in
-- 7 is a story copied by 3 outlets within hours: the copies carry the same entities. 3 % have no
-- publication date (dated by first_seen_at). Each article names `entities_per_article` draws of
-- a Zipf-like popularity (Lomax, shape 1.2) over an entity pool that grows from `pool_from` to
-- `pool_to` across the batch (new names keep appearing), `mentions_per_article` mentions in all,
-- each on its own 5-character span of the text (the offsets check holds).
CREATE OR REPLACE TEMP TABLE synthetic_articles AS
WITH numbered AS (
    SELECT n, n // 3 AS grp, (n // 3) % 7 = 0 AS copied
    FROM range(getvariable('first'), getvariable('first') + getvariable('count')) AS r(n)
),
timed AS (
    SELECT n, copied,
           CASE WHEN copied THEN grp * 3 ELSE n END AS story,
           getvariable('starts_at')
             + to_microseconds(CAST(
                 ((CASE WHEN copied THEN grp * 3 ELSE n END) - getvariable('first'))
                   * CAST(getvariable('span_s') AS DOUBLE) * 1e6 / getvariable('count')
                 + CASE WHEN copied THEN (n % 3) * 3600e6 ELSE 0 END AS BIGINT)) AS moment,
           (hash(n, 'undated') % 100) < 3 AS undated,
           CASE WHEN copied THEN (hash(grp, 'outlet') + n % 3) % 40 ELSE hash(n, 'outlet') % 40 END
               AS outlet,
           'https://news.example/' || n AS url
    FROM numbered
)
SELECT 'a' || left(md5(url), 15) AS article_id,  -- as pipeline.records.article_id_for: no order
       url,
       printf('outlet-%02d', outlet) AS source,
       'Titre ' || n AS title,
       CASE WHEN undated THEN NULL ELSE moment END AS published_at,
       'fr' AS language,
       getvariable('text') AS text,
       's' || left(md5(CAST(story AS VARCHAR)), 15) AS story_id,
       CAST(NULL AS VARCHAR) AS author, CAST(NULL AS VARCHAR) AS sitename,
       CAST(NULL AS VARCHAR) AS description,
       md5(url) AS content_hash,
       CAST(hash(n, 'topic') % 1000 AS DOUBLE) / 100 AS topic_score,
       moment + INTERVAL 2 HOUR AS fetched_at,
       moment + INTERVAL 2 HOUR AS seen_at,
       'bench' AS run_id,
       n, story,
       CAST(getvariable('pool_from') + (getvariable('pool_to') - getvariable('pool_from'))
            * (n - getvariable('first')) / getvariable('count') AS BIGINT) AS pool
FROM timed;

CREATE OR REPLACE TEMP TABLE synthetic_spans AS  -- the surface of each slot's span, cut once
SELECT slot, substring(getvariable('text'), slot * 6 + 1, 5) AS surface
FROM range(getvariable('mentions_per_article')) AS s(slot);

CREATE OR REPLACE TEMP TABLE synthetic_mentions AS
WITH draws AS (  -- an article's distinct draws; its mention of slot s is draw s % entities_per_article
    SELECT a.article_id, d.draw,
           -- Lomax(1.2) from a uniform in (0, 1): a few entities everywhere, most of them rare.
           CAST((pow((CAST(hash(a.story * 64 + d.draw) >> 11 AS DOUBLE) + 0.5)
                     / 9007199254740992.0, -1 / 1.2) - 1) * a.pool / 50 AS UBIGINT) % a.pool AS entity
    FROM synthetic_articles a
    CROSS JOIN range(getvariable('entities_per_article')) AS d(draw)
),
slots AS (
    SELECT article_id, entity, draw + r.repeat * getvariable('entities_per_article') AS slot
    FROM draws CROSS JOIN range(getvariable('mentions_per_article')) AS r(repeat)
    WHERE draw + r.repeat * getvariable('entities_per_article') < getvariable('mentions_per_article')
)
SELECT m.article_id,
       'e' || lpad(CAST(m.entity AS VARCHAR), 7, '0') AS entity_id,
       s.surface,
       CAST(m.slot * 6 AS INTEGER) AS start_char,
       CAST(m.slot * 6 + 5 AS INTEGER) AS end_char
FROM slots m JOIN synthetic_spans s USING (slot);
