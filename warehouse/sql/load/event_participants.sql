-- Participants of the batch's events (an event's id covers its participants: same id, same rows).
INSERT INTO event_participants BY NAME
SELECT DISTINCT i.event_id, i.entity_id, i.role FROM incoming_event_participants i
ANTI JOIN event_participants p
    ON p.event_id = i.event_id AND p.entity_id = i.entity_id AND p.role = i.role;
