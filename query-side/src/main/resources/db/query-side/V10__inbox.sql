-- The inbox: one row per conversation, built from its events (projection "inbox").
CREATE TABLE inbox_conversation (
    conversation_id       UUID         PRIMARY KEY,
    device_id             VARCHAR(128) NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    priority              VARCHAR(16)  NOT NULL,
    channel               VARCHAR(16)  NOT NULL,
    context_kind          VARCHAR(16)  NOT NULL,
    context_reference     VARCHAR(128),
    subject               TEXT,
    assignee              UUID,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    waiting_since         TIMESTAMP WITH TIME ZONE,
    has_urgent            BOOLEAN      NOT NULL DEFAULT FALSE,
    last_message_sequence BIGINT,
    last_message_at       TIMESTAMP WITH TIME ZONE,
    last_message_preview  TEXT,
    last_sequence         BIGINT       NOT NULL,
    -- The queue order as one ascending key, so a keyset cursor is a plain row comparison that an
    -- index answers: urgent messages first (0-3), then priority URGENT..LOW, then the longest wait.
    queue_rank            SMALLINT GENERATED ALWAYS AS (
        (CASE WHEN has_urgent THEN 0 ELSE 4 END)
        + (CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END)) STORED,
    -- Nothing waiting sorts after every wait.
    waiting_order         TIMESTAMP WITH TIME ZONE GENERATED ALWAYS AS (COALESCE(waiting_since, 'infinity'::timestamptz)) STORED
);
CREATE INDEX inbox_queue ON inbox_conversation (queue_rank, waiting_order, conversation_id);
CREATE INDEX inbox_unassigned_queue ON inbox_conversation (queue_rank, waiting_order, conversation_id) WHERE assignee IS NULL;
CREATE INDEX inbox_by_assignee ON inbox_conversation (assignee, queue_rank, waiting_order, conversation_id);
CREATE INDEX inbox_by_status ON inbox_conversation (status, queue_rank, waiting_order, conversation_id);
CREATE INDEX inbox_by_device ON inbox_conversation (device_id, created_at);
-- Labels in their own rows (not an array column): a label filter is an index lookup.
CREATE TABLE inbox_label (
    conversation_id UUID        NOT NULL REFERENCES inbox_conversation ON DELETE CASCADE,
    label           VARCHAR(48) NOT NULL,
    PRIMARY KEY (conversation_id, label)
);
CREATE INDEX inbox_label_by_label ON inbox_label (label, conversation_id);
