-- What the rollups depend on: every article's week, story and source, and the mentions.
-- Cheap (no join); a change in any of these gives another fingerprint.
SELECT concat_ws('/',
    (SELECT count(*) FROM articles),
    (SELECT coalesce(bit_xor(hash(article_id, published_at, first_seen_at, story_id, source,
                                  content_hash)), 0) FROM articles),
    (SELECT count(*) FROM mentions),
    (SELECT coalesce(max(updated_at), TIMESTAMP '1970-01-01') FROM articles));
