-- The audit history: one row per stored event, keyed by its position in the event store.
CREATE TABLE audit_trail_entry (
    global_index    BIGINT       PRIMARY KEY,
    event_id        VARCHAR(255) NOT NULL UNIQUE,
    aggregate_id    VARCHAR(255) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_type      VARCHAR(255) NOT NULL,
    actor           VARCHAR(255),
    actor_role      VARCHAR(32),
    causation_id    VARCHAR(255),
    correlation_id  VARCHAR(255),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    payload         TEXT         NOT NULL
);
CREATE INDEX audit_trail_by_aggregate ON audit_trail_entry (aggregate_id, global_index);
CREATE INDEX audit_trail_by_actor ON audit_trail_entry (actor, global_index);
CREATE INDEX audit_trail_by_type ON audit_trail_entry (event_type, global_index);
