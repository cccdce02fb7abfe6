-- Unread counts (projection "unread"): the messages of each conversation and every participant's
-- read position; a count is the messages after the position that the participant did not write.
-- The device's position lives on the conversation row: every conversation has exactly one device.
CREATE TABLE unread_conversation (
    conversation_id   UUID         PRIMARY KEY,
    device_id         VARCHAR(128) NOT NULL,
    device_read_up_to BIGINT       NOT NULL DEFAULT -1,
    last_sequence     BIGINT       NOT NULL
);
CREATE INDEX unread_conversation_by_device ON unread_conversation (device_id, conversation_id);
-- author is the actor as written in metadata: device:<id>, staff:<uuid> or system:<rule>.
CREATE TABLE unread_message (
    message_id      UUID         PRIMARY KEY,
    conversation_id UUID         NOT NULL,
    sequence        BIGINT       NOT NULL,
    author          VARCHAR(200) NOT NULL,
    UNIQUE (conversation_id, sequence)
);
-- Staff who joined, were assigned or read, with their read positions. Only current participants
-- (joined or assigned) have a badge; a position is kept in case they take part again.
CREATE TABLE unread_staff (
    conversation_id UUID    NOT NULL,
    staff_id        UUID    NOT NULL,
    read_up_to      BIGINT  NOT NULL DEFAULT -1,
    joined          BOOLEAN NOT NULL DEFAULT FALSE,
    assigned        BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (conversation_id, staff_id)
);
CREATE INDEX unread_staff_by_staff ON unread_staff (staff_id, conversation_id);
