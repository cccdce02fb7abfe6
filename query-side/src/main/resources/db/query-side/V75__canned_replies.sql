-- Canned replies (processing group "canned-replies"): each reply still there, a team's or a staff
-- member's own. Rebuilt from the store.
CREATE TABLE canned_reply (
    reply_id      UUID         PRIMARY KEY,
    team_id       UUID,
    staff_id      UUID,
    shortcut      VARCHAR(32)  NOT NULL,
    text          TEXT         NOT NULL,
    last_sequence BIGINT       NOT NULL
);
CREATE INDEX canned_reply_by_staff ON canned_reply (staff_id);
CREATE INDEX canned_reply_by_team ON canned_reply (team_id);
