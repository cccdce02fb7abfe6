-- Full-text search over message text (projection "search"), with a copy of the inbox filters per
-- conversation. Language 'simple': no stemming, so every language is searchable alike.
CREATE TABLE search_conversation (
    conversation_id UUID        PRIMARY KEY,
    status          VARCHAR(16) NOT NULL,
    priority        VARCHAR(16) NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    context_kind    VARCHAR(16) NOT NULL,
    assignee        UUID,
    last_sequence   BIGINT      NOT NULL
);
CREATE TABLE search_message (
    message_id      UUID    PRIMARY KEY,
    conversation_id UUID    NOT NULL,
    sequence        BIGINT  NOT NULL,
    author          VARCHAR(200) NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    body            TEXT    NOT NULL,
    document        TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED,
    UNIQUE (conversation_id, sequence)
);
CREATE TABLE search_label (
    conversation_id UUID        NOT NULL REFERENCES search_conversation ON DELETE CASCADE,
    label           VARCHAR(48) NOT NULL,
    PRIMARY KEY (conversation_id, label)
);
CREATE INDEX search_label_by_label ON search_label (label, conversation_id);
CREATE INDEX search_message_document ON search_message USING GIN (document);
