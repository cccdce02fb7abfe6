-- Failed staff sign-ins counted per username AND client address, with a delay that grows with each
-- failure: someone guessing from elsewhere slows only themselves, never the account's owner.
-- Replaces the per-username lockout, whose counts are dropped (at most one window of failures).
DROP TABLE staff_sign_in_attempt;

CREATE TABLE staff_sign_in_throttle (
    username        VARCHAR(128)             NOT NULL,
    client_address  VARCHAR(64)              NOT NULL, -- '' when the address is unknown
    failures        INT                      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (username, client_address)
);
-- Rows quiet for longer than a window and the longest delay are forgotten on the next failure.
CREATE INDEX staff_sign_in_throttle_age ON staff_sign_in_throttle (last_failure_at);
