-- The response targets admins set, as their events describe them: what conversations read when a clock starts.
CREATE TABLE response_target (
    kind         VARCHAR(16) NOT NULL,
    priority     VARCHAR(8)  NOT NULL,
    context_kind VARCHAR(16) NOT NULL, -- '*' for every context
    within_ms    BIGINT      NOT NULL,
    PRIMARY KEY (kind, priority, context_kind)
);
