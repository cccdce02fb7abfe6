-- One row per stored event is already guaranteed by the primary key, the event's own global index (the
-- store gives each event one, found by its event id). The second unique index, on the event id, cost every
-- insert a lookup and an entry in a tree of random keys; the projection now recognises a repeat by the key.
ALTER TABLE audit_trail_entry DROP CONSTRAINT audit_trail_entry_event_id_key;
