-- Where the device was when the conversation started (ConversationStarted.location), for the staff
-- inbox and the device's own list. Null when the device sent no location. Rows written before this
-- script get it at the next rebuild of the "inbox" processor.
ALTER TABLE inbox_conversation
    ADD COLUMN latitude        DOUBLE PRECISION,
    ADD COLUMN longitude       DOUBLE PRECISION,
    ADD COLUMN accuracy_meters DOUBLE PRECISION;
