-- Event evidence offsets lie inside the article text and cut out the evidence sentence.
-- (The texts: the checked articles, and stored ones only for the events of other articles.)
WITH texts AS (
    SELECT article_id, text FROM checked_articles
    UNION ALL
    SELECT article_id, text FROM articles WHERE article_id IN (
        SELECT article_id FROM checked_events ANTI JOIN checked_articles USING (article_id))
)
SELECT e.event_id, e.start_char, e.end_char FROM checked_events e JOIN texts a USING (article_id)
WHERE e.start_char < 0 OR e.end_char > length(a.text) OR e.start_char >= e.end_char
   OR substring(a.text, e.start_char + 1, e.end_char - e.start_char) <> e.evidence
