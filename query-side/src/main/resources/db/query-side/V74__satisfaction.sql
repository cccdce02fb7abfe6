-- Satisfaction (processing group "satisfaction"): the visitor's latest rating per conversation, with
-- the context, team and agent its figures are grouped by. Rebuilt from the store.
CREATE TABLE satisfaction (
    conversation_id UUID PRIMARY KEY,
    context_kind    VARCHAR(16)  NOT NULL,
    team_id         UUID,
    agent_id        UUID,
    rating          SMALLINT CHECK (rating BETWEEN 1 AND 5),
    comment         TEXT,
    rated_at        TIMESTAMP WITH TIME ZONE,
    last_sequence   BIGINT NOT NULL
);
CREATE INDEX satisfaction_by_time ON satisfaction (rated_at) WHERE rating IS NOT NULL;
