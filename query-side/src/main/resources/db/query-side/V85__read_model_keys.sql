-- A message's rows in the timeline, search and unread read models were indexed twice: by conversation
-- and sequence (what every query, page and rebuild uses) and by the event's or message's random id,
-- which no query reads. The second index cost every message a B-tree insert at a random page per
-- table. The conversation and sequence become each table's primary key; the audit trail, which
-- pages by its recorded order, keeps an entry once by the event's position in the store.
ALTER TABLE timeline_entry
    DROP CONSTRAINT timeline_entry_pkey,
    DROP CONSTRAINT timeline_entry_conversation_id_sequence_number_key,
    ADD PRIMARY KEY (conversation_id, sequence_number);
ALTER TABLE search_message
    DROP CONSTRAINT search_message_pkey,
    DROP CONSTRAINT search_message_conversation_id_sequence_key,
    ADD PRIMARY KEY (conversation_id, sequence);
ALTER TABLE unread_message
    DROP CONSTRAINT unread_message_pkey,
    DROP CONSTRAINT unread_message_conversation_id_sequence_key,
    ADD PRIMARY KEY (conversation_id, sequence);
ALTER TABLE audit_trail_entry DROP CONSTRAINT audit_trail_entry_event_id_key;
