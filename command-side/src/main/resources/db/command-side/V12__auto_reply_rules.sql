-- The automated-reply rules admins keep, as their events describe them: what the process manager reads.
CREATE TABLE auto_reply_rule (
    rule_id    UUID    PRIMARY KEY,
    sort_order INTEGER NOT NULL,
    rule       TEXT    NOT NULL -- the rule as its event carries it (JSON)
);
