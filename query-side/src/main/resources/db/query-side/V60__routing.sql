-- The routing desk as staff see it (issue 15): teams and their members, routing rules, agents'
-- availability and capacity, who holds which conversation, and the queue.
CREATE TABLE routing_team (
    team_id  UUID         PRIMARY KEY,
    name     TEXT         NOT NULL,
    strategy VARCHAR(32)  NOT NULL
);
CREATE TABLE routing_team_member (
    team_id     UUID   NOT NULL,
    staff_id    UUID   NOT NULL,
    joined_seq  BIGINT NOT NULL,
    PRIMARY KEY (team_id, staff_id)
);
-- Rules are tried by ascending order, ties in the order they were created (created_seq).
CREATE TABLE routing_rule (
    rule_id      UUID        PRIMARY KEY,
    rule_order   INT         NOT NULL,
    context_kind VARCHAR(32),
    channel      VARCHAR(32),
    team_id      UUID        NOT NULL,
    created_seq  BIGINT      NOT NULL
);
-- A null capacity is the command side's configured default.
CREATE TABLE routing_agent (
    staff_id     UUID        PRIMARY KEY,
    availability VARCHAR(16) NOT NULL DEFAULT 'OFFLINE',
    capacity     INT
);
CREATE TABLE routing_seat (
    conversation_id UUID PRIMARY KEY,
    staff_id        UUID NOT NULL
);
CREATE INDEX routing_seat_by_agent ON routing_seat (staff_id);
CREATE TABLE routing_queue (
    conversation_id UUID        PRIMARY KEY,
    context_kind    VARCHAR(32) NOT NULL,
    channel         VARCHAR(32) NOT NULL,
    priority        VARCHAR(16) NOT NULL,
    arrival         BIGINT      NOT NULL,
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
