-- Events by id: the id is the same in every copy of a story, so the first article that stated
-- the event keeps it and a re-run adds nothing.
INSERT INTO events BY NAME
SELECT * FROM incoming_events
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY article_id) = 1
ON CONFLICT (event_id) DO NOTHING;
