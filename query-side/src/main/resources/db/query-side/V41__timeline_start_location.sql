-- Where the device was when the conversation started (ConversationStarted.location), for the
-- console header; the timeline's "started" entry uses timeline_entry's own location columns. Null
-- when the device sent no location. Rows written before this script get it at the next rebuild of
-- the "timeline" processor.
ALTER TABLE timeline_conversation
    ADD COLUMN latitude        DOUBLE PRECISION,
    ADD COLUMN longitude       DOUBLE PRECISION,
    ADD COLUMN accuracy_meters DOUBLE PRECISION;
