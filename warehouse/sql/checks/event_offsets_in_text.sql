-- Event evidence offsets lie inside the article text and cut out the evidence sentence.
SELECT e.event_id, e.start_char, e.end_char FROM checked_events e JOIN articles a USING (article_id)
WHERE e.start_char < 0 OR e.end_char > length(a.text) OR e.start_char >= e.end_char
   OR substring(a.text, e.start_char + 1, e.end_char - e.start_char) <> e.evidence
