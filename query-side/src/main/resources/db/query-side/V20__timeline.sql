-- The conversation timeline (processing group "timeline"): one row per conversation for the
-- console header, and one row per shown event. Delivery and read events advance last_sequence
-- but store no entry, so entry sequences keep the store's numbers and may have gaps.
CREATE TABLE timeline_conversation (
    conversation_id   VARCHAR(36)  PRIMARY KEY,
    device_id         VARCHAR(128) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    priority          VARCHAR(16)  NOT NULL,
    assignee          VARCHAR(36),
    participants      TEXT         NOT NULL,
    labels            TEXT         NOT NULL,
    subject           TEXT,
    channel           VARCHAR(32)  NOT NULL,
    context_kind      VARCHAR(32)  NOT NULL,
    context_reference VARCHAR(128),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence     BIGINT       NOT NULL
);

CREATE TABLE timeline_entry (
    event_id          VARCHAR(255) PRIMARY KEY,
    conversation_id   VARCHAR(36)  NOT NULL,
    sequence_number   BIGINT       NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    private_note      BOOLEAN      NOT NULL,
    actor             VARCHAR(200),
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    message_id        VARCHAR(36),
    client_message_id VARCHAR(64),
    message_kind      VARCHAR(16),
    text              TEXT,
    attachment        VARCHAR(43),
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    accuracy_meters   DOUBLE PRECISION,
    reply_to          VARCHAR(36),
    urgent            BOOLEAN      NOT NULL,
    details           TEXT         NOT NULL,
    UNIQUE (conversation_id, sequence_number)
);
