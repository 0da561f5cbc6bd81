-- Participants of the batch's events (an event's id covers its participants: same id, same rows).
INSERT INTO event_participants BY NAME
SELECT DISTINCT event_id, entity_id, role FROM incoming_event_participants
ON CONFLICT (event_id, entity_id, role) DO NOTHING;
