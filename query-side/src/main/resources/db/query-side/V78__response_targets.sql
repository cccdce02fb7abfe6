-- Response targets as admins set them (processing group "response-targets"): one row per scope
-- (kind, priority, context or '*' for every context). A removed target keeps its row with a null
-- "within", so that every change is an upsert guarded by the stream's last applied sequence.
CREATE TABLE response_target (
    target_key     VARCHAR(64)  PRIMARY KEY,
    kind           VARCHAR(32)  NOT NULL,
    priority       VARCHAR(16)  NOT NULL,
    context_kind   VARCHAR(32),
    within         VARCHAR(64),
    last_sequence  BIGINT       NOT NULL
);
