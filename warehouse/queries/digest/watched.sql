-- "Votre liste de veille": the analysts' watched entities (entity_registry.watched) named this
-- week, with how many articles and stories, and the week's first article about each.
-- Params: $week_start, $week_end (DATE, end exclusive).
WITH week_articles AS (
    SELECT article_id, url, title, story_id, coalesce(published_at, first_seen_at) AS dated_at
    FROM articles
    WHERE coalesce(published_at, first_seen_at) >= $week_start
      AND coalesce(published_at, first_seen_at) < $week_end
)

SELECT e.entity_id, e.name, e.type, r.kind,
       count(DISTINCT w.article_id) AS articles,
       count(DISTINCT w.story_id)   AS stories,
       arg_min(w.url, w.dated_at)   AS url,
       arg_min(w.title, w.dated_at) AS title
FROM entity_registry AS r
JOIN entities AS e USING (entity_id)
JOIN mentions AS m USING (entity_id)
JOIN week_articles AS w USING (article_id)
WHERE r.watched
GROUP BY ALL
ORDER BY stories DESC, articles DESC, e.name
