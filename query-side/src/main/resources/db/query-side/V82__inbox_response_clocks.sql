-- Response targets in the inbox (projection "inbox"): when each running clock is due (NULL: not
-- running), and which targets the conversation has missed so far (FIRST_RESPONSE, NEXT_RESPONSE,
-- RESOLUTION, each once). Rows written before this script get them at the next rebuild of "inbox".
ALTER TABLE inbox_conversation
    ADD COLUMN first_response_due TIMESTAMP WITH TIME ZONE,
    ADD COLUMN next_response_due  TIMESTAMP WITH TIME ZONE,
    ADD COLUMN resolution_due     TIMESTAMP WITH TIME ZONE,
    ADD COLUMN missed_targets     TEXT[] NOT NULL DEFAULT '{}';
-- The inbox filtered to conversations that missed a target, in queue order.
CREATE INDEX inbox_missed_queue ON inbox_conversation (queue_rank, waiting_order, conversation_id)
    WHERE cardinality(missed_targets) > 0;
