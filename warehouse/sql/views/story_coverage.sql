-- Per story: outlets, near-identical reprints, press-release origin, and independent outlets.
-- params: week, limit
-- week: stories with a copy in that ISO week (default: the latest week with articles); limit:
-- rows (default 50). A copy is a reprint when its text is near-identical to an earlier copy
-- (article_coverage.copy_similarity >= 0.8); a story comes from a press release when a copy cites
-- a communiqué or was published by a wire or the organisation itself (source_registry.kind).
-- independent_outlets: outlets (kind outlet) that carried the story with their own text, not
-- citing a communiqué; articles loaded without coverage rows count as independent.
WITH dated AS (
    SELECT a.article_id, a.story_id, a.source, coalesce(a.published_at, a.first_seen_at) AS seen_at,
           coalesce(c.copy_similarity, 0) >= 0.8 AS reprint,
           coalesce(c.press_release, false) AS cites_release,
           coalesce(r.kind, 'outlet') AS source_kind
    FROM articles a
    LEFT JOIN article_coverage c USING (article_id)
    LEFT JOIN source_registry r ON r.source = a.source
),
target AS (  -- the default week: _latest_article_week.sql
    SELECT coalesce(
        CAST(date_trunc('week', CAST(getvariable('week') AS DATE)) AS DATE),
        (SELECT week FROM _latest_article_week)) AS week
),
candidates AS (  -- the date compared column by column: scans skip the files of other weeks
    SELECT a.story_id FROM articles a JOIN target t
      ON a.published_at >= t.week AND a.published_at < t.week + INTERVAL 1 WEEK
    UNION
    SELECT a.story_id FROM articles a JOIN target t
      ON a.first_seen_at >= t.week AND a.first_seen_at < t.week + INTERVAL 1 WEEK
    WHERE a.published_at IS NULL
)
SELECT d.story_id,
       count(*) AS copies,
       count(DISTINCT d.source) AS outlets,
       count(*) FILTER (WHERE d.reprint) AS reprints,
       bool_or(d.cites_release OR d.source_kind <> 'outlet') AS press_release,
       count(DISTINCT d.source) FILTER (WHERE NOT d.reprint AND NOT d.cites_release
                                          AND d.source_kind = 'outlet') AS independent_outlets,
       min(d.seen_at) AS first_seen_at
FROM dated d SEMI JOIN candidates c ON c.story_id = d.story_id
GROUP BY d.story_id
ORDER BY independent_outlets DESC, outlets DESC, first_seen_at, d.story_id
LIMIT coalesce(getvariable('limit'), 50)
