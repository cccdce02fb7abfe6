-- Who among staff read which conversation, and how: the query side's own record, written as the
-- reads happen. Not a projection: rebuilding the read models never touches it.
CREATE TABLE read_model.conversation_read_log (
    id              BIGSERIAL PRIMARY KEY,
    conversation_id VARCHAR(36) NOT NULL,
    staff_id        VARCHAR(64) NOT NULL,
    staff_role      VARCHAR(16),
    view            VARCHAR(32) NOT NULL,
    read_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX conversation_read_log_by_conversation ON read_model.conversation_read_log (conversation_id, id);
