-- Statistics: facts recorded from the events at the events' own times; every figure is computed
-- from these rows with SQL when asked, so a rebuild reproduces them exactly.

-- One row per conversation: what it is now, plus the little state the facts below need.
CREATE TABLE stats_conversation (
    conversation_id   UUID         PRIMARY KEY,
    status            VARCHAR(16)  NOT NULL,
    priority          VARCHAR(16)  NOT NULL,
    channel           VARCHAR(16)  NOT NULL,
    context_kind      VARCHAR(16)  NOT NULL,
    context_reference VARCHAR(128),
    assignee          UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    current_cycle     INTEGER      NOT NULL,
    -- the sequence of the device message whose wait for a staff answer is still open, if any
    waiting_sequence  BIGINT,
    -- the last event applied: handling an event again (redelivery) changes nothing
    last_sequence     BIGINT       NOT NULL
);
CREATE INDEX stats_conversation_by_created ON stats_conversation (created_at, conversation_id);
CREATE INDEX stats_conversation_by_assignee ON stats_conversation (assignee, status);

-- One row per cycle: the start (cycle 0) and each reopening begin one.
CREATE TABLE stats_cycle (
    conversation_id          UUID    NOT NULL,
    cycle                    INTEGER NOT NULL,
    started_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    first_device_message_at  TIMESTAMP WITH TIME ZONE,
    -- the first message by a person on staff after the first device message (never automated)
    first_staff_message_at   TIMESTAMP WITH TIME ZONE,
    responder                UUID,
    resolved_at              TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (conversation_id, cycle)
);
CREATE INDEX stats_cycle_by_first_device ON stats_cycle (first_device_message_at);
CREATE INDEX stats_cycle_by_start ON stats_cycle (started_at);
CREATE INDEX stats_cycle_by_responder ON stats_cycle (responder, first_device_message_at);

-- One row per wait: a device message that found nobody owing it an answer, until staff answered.
CREATE TABLE stats_reply (
    conversation_id  UUID    NOT NULL,
    waiting_sequence BIGINT  NOT NULL,
    cycle            INTEGER NOT NULL,
    waiting_since    TIMESTAMP WITH TIME ZONE NOT NULL,
    replied_at       TIMESTAMP WITH TIME ZONE,
    responder        UUID,
    PRIMARY KEY (conversation_id, waiting_sequence)
);
CREATE INDEX stats_reply_by_waiting_since ON stats_reply (waiting_since);
CREATE INDEX stats_reply_by_responder ON stats_reply (responder, waiting_since);

-- One row per message, with its hour (UTC) for the traffic series.
CREATE TABLE stats_message (
    conversation_id UUID        NOT NULL,
    sequence        BIGINT      NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    hour_bucket     TIMESTAMP WITH TIME ZONE NOT NULL,
    author_kind     VARCHAR(16) NOT NULL,
    message_kind    VARCHAR(16) NOT NULL,
    PRIMARY KEY (conversation_id, sequence)
);
CREATE INDEX stats_message_by_sent_at ON stats_message (sent_at);
