-- Automated-reply rules as admins keep them (processing group "auto-replies"): one row per rule,
-- with its business hours (away rules) as JSON. A removed rule keeps its row (removed = TRUE), so
-- that every change is an upsert guarded by the stream's last applied sequence.
CREATE TABLE auto_reply_rule (
    rule_id        UUID         PRIMARY KEY,
    trigger_kind   VARCHAR(16)  NOT NULL,
    rule_order     INT          NOT NULL,
    pattern        TEXT,
    business_hours JSONB,
    text           TEXT         NOT NULL,
    removed        BOOLEAN      NOT NULL,
    created_seq    BIGINT       NOT NULL,
    last_sequence  BIGINT       NOT NULL
);
