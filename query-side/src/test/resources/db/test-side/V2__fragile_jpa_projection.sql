-- The test-only FragileJpaProjection's table: a test refuses a conversation with a CHECK constraint,
-- which the projection's entity inserts meet only when JPA flushes them (at the latest at commit).
CREATE TABLE fragile_jpa_note (
    id              VARCHAR(60) PRIMARY KEY,
    conversation_id VARCHAR(36) NOT NULL,
    sequence        BIGINT      NOT NULL
);
