-- Rollup rows of `article_entities`: one per (article, entity), in week order.
SELECT CAST(date_trunc('week', coalesce(a.published_at, a.first_seen_at)) AS DATE) AS week,
       m.article_id, m.entity_id, a.story_id, a.source,
       CAST(count(*) AS INTEGER) AS mentions
FROM mentions m
JOIN articles a USING (article_id)
GROUP BY ALL
ORDER BY week, m.entity_id
