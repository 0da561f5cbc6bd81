-- Events by id: the id is the same in every copy of a story, so the first article that stated
-- the event keeps it and a re-run adds nothing.
INSERT INTO events BY NAME
SELECT * FROM incoming_events i
ANTI JOIN events e ON e.event_id = i.event_id
QUALIFY row_number() OVER (PARTITION BY i.event_id ORDER BY i.article_id) = 1;
