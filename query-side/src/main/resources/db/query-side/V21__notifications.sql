-- Staff notifications (processing group "notifications"). The projection rebuilds notification,
-- notification_staff and notification_conversation from the store; notification_read holds the
-- read marks, which are the query side's own state (no event), so a rebuild never clears them and
-- the deterministic notification ids find their marks again.
CREATE TABLE notification (
    id              VARCHAR(36)  PRIMARY KEY,
    recipient       VARCHAR(36)  NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    conversation_id VARCHAR(36)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    position        BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (recipient, position, kind)
);
CREATE INDEX notification_by_recipient ON notification (recipient, position DESC);

-- Who may be notified, as the staff events say at each point of the history.
CREATE TABLE notification_staff (
    staff_id      VARCHAR(36) PRIMARY KEY,
    username      VARCHAR(64) NOT NULL,
    role          VARCHAR(16) NOT NULL,
    active        BOOLEAN     NOT NULL,
    last_sequence BIGINT      NOT NULL
);
CREATE INDEX notification_staff_by_username ON notification_staff (username);

-- Who is on each conversation, for urgent messages; last_sequence guards against handling twice.
CREATE TABLE notification_conversation (
    conversation_id VARCHAR(36) PRIMARY KEY,
    assignee        VARCHAR(36),
    joined_staff    TEXT        NOT NULL,
    last_sequence   BIGINT      NOT NULL
);

CREATE TABLE notification_read (
    notification_id VARCHAR(36) PRIMARY KEY,
    read_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
