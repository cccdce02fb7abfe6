-- Staff sessions: one per sign-in. Access tokens name their session (claim sid), so revoking the
-- session refuses them all; the session's refresh tokens form one family.
CREATE TABLE staff_session (
    session_id     UUID                     PRIMARY KEY,
    staff_id       UUID                     NOT NULL,
    username       VARCHAR(64)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_reason VARCHAR(32)
);
CREATE INDEX staff_session_by_staff ON staff_session (staff_id) WHERE revoked_at IS NULL;

-- Refresh tokens, by the SHA-256 of the random token (the token itself is never stored). Each is
-- used once: refreshing marks it used and issues the next; presenting a used one again revokes the
-- whole session, since either the client or a thief holds a copy.
CREATE TABLE staff_refresh_token (
    token_hash BYTEA                    PRIMARY KEY,
    session_id UUID                     NOT NULL REFERENCES staff_session (session_id) ON DELETE CASCADE,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX staff_refresh_token_by_session ON staff_refresh_token (session_id);

-- Revocations written in the same transaction as the sessions they revoke, and published to Kafka
-- (lifeline.revocations) after the commit; a sweep publishes what a failed publish left behind.
CREATE TABLE revocation_outbox (
    id           BIGSERIAL                PRIMARY KEY,
    staff_id     UUID                     NOT NULL,
    session_id   UUID,                    -- null: every token of the staff member issued before revoked_at
    reason       VARCHAR(32)              NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX revocation_outbox_unpublished ON revocation_outbox (id) WHERE published_at IS NULL;

-- Failed sign-ins per username (known or not, so that a lockout tells nothing about which exist).
CREATE TABLE staff_sign_in_attempt (
    username          VARCHAR(128)             PRIMARY KEY,
    failures          INT                      NOT NULL,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE
);
