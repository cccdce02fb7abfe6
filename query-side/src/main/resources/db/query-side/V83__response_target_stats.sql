-- Response-target statistics (processing group "response-target-stats"): every response clock a
-- conversation started, with how it ended, so the figures (started, met, missed, stopped, running)
-- are counted with SQL when asked. Rebuilt from the store.
CREATE TABLE response_target_conversation (
    conversation_id UUID        PRIMARY KEY,
    priority        VARCHAR(16) NOT NULL,
    context_kind    VARCHAR(16) NOT NULL,
    last_sequence   BIGINT      NOT NULL
);
-- outcome: RUNNING; MET (answered, or for RESOLUTION resolved or closed, before the miss);
-- MISSED (ResponseTargetMissed); STOPPED (a response clock ended by resolving or closing, unanswered).
CREATE TABLE response_clock (
    conversation_id  UUID        NOT NULL REFERENCES response_target_conversation ON DELETE CASCADE,
    started_sequence BIGINT      NOT NULL,
    kind             VARCHAR(16) NOT NULL,
    priority         VARCHAR(16) NOT NULL,
    context_kind     VARCHAR(16) NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    due_by           TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome          VARCHAR(8)  NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (conversation_id, started_sequence)
);
CREATE INDEX response_clock_by_start ON response_clock (started_at);
CREATE INDEX response_clock_running ON response_clock (conversation_id) WHERE outcome = 'RUNNING';
