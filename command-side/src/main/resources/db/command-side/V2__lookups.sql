-- Look-up tables the command handlers consult, written in the same transaction as the events.

-- The conversation a device continues when it starts again about the same context.
CREATE TABLE open_conversation (
    device_id       VARCHAR(128) NOT NULL,
    context_kind    VARCHAR(16)  NOT NULL,
    reference_id    VARCHAR(128) NOT NULL, -- '' when the context names no business object
    conversation_id UUID         NOT NULL,
    PRIMARY KEY (device_id, context_kind, reference_id)
);
CREATE INDEX open_conversation_by_conversation ON open_conversation (conversation_id);

-- Every client message id stored per conversation and author: idempotent sends without growing the aggregate.
CREATE TABLE client_message_key (
    conversation_id   UUID         NOT NULL,
    author            VARCHAR(140) NOT NULL, -- the actor, kind:id
    client_message_id VARCHAR(64)  NOT NULL,
    message_id        UUID         NOT NULL,
    sequence_number   BIGINT       NOT NULL,
    PRIMARY KEY (conversation_id, author, client_message_id)
);

-- Staff accounts as their events describe them.
CREATE TABLE staff_account (
    staff_id     UUID         PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL UNIQUE,
    display_name VARCHAR(100) NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    active       BOOLEAN      NOT NULL
);

-- Sign-in secrets, kept out of the event store: events are forever, passwords must be changeable.
CREATE TABLE staff_credential (
    staff_id      UUID         PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL
);
