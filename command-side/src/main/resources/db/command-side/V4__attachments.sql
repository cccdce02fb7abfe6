-- What is known about each uploaded attachment; the bytes live in the attachment store.
-- Not events: an upload no message points at is no fact of the conversation, and a file name
-- people chose must be deletable together with the bytes.
CREATE TABLE attachment (
    attachment_id   VARCHAR(43)  PRIMARY KEY, -- 32 random bytes, url-safe base64
    conversation_id UUID         NOT NULL,
    kind            VARCHAR(8)   NOT NULL,    -- IMAGE, VOICE, FILE
    content_type    VARCHAR(100) NOT NULL,    -- sniffed from the bytes
    size_bytes      BIGINT       NOT NULL,
    filename        VARCHAR(255) NOT NULL,    -- sanitised
    width           INTEGER,
    height          INTEGER,
    has_thumbnail   BOOLEAN      NOT NULL,
    uploaded_by     VARCHAR(140) NOT NULL,    -- the actor, kind:id
    uploaded_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX attachment_by_conversation ON attachment (conversation_id);
