-- Events a projection failed on, parked per processing group and conversation (Axon's JDBC
-- sequenced dead-letter queue, with our column names): a later event of a parked conversation
-- joins its sequence, every other conversation goes on. Payload, metadata, token and diagnostics
-- are serialized bytes, timestamps are Axon's ISO-8601 strings.
CREATE TABLE read_model.dead_letter_entry (
    dead_letter_id       VARCHAR(255) NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255) NOT NULL,
    sequence_identifier  VARCHAR(255) NOT NULL,
    sequence_index       BIGINT       NOT NULL,
    message_type         VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    event_timestamp      VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255) NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    -- Axon truncates a cause's message to 1,024 characters; Lifeline keeps 1,000.
    cause_message        VARCHAR(1024),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_by_group ON read_model.dead_letter_entry (processing_group);
