-- The test-only FragileProjection's tables: a test makes the second refuse a conversation with a
-- CHECK constraint, a real PostgreSQL failure that aborts the transaction it happens in.
CREATE TABLE fragile_event (
    conversation_id VARCHAR(36) NOT NULL,
    sequence        BIGINT      NOT NULL,
    PRIMARY KEY (conversation_id, sequence)
);

CREATE TABLE fragile_check (
    conversation_id VARCHAR(36) NOT NULL,
    sequence        BIGINT      NOT NULL,
    PRIMARY KEY (conversation_id, sequence)
);
