-- The staff directory (issue 13): every staff account as its events describe it, for the console's
-- names, transfer picker and staff management. last_sequence is the staff member's last applied
-- event, so an event handled twice changes nothing.
CREATE TABLE staff_directory (
    staff_id       UUID        PRIMARY KEY,
    username       TEXT        NOT NULL,
    display_name   TEXT        NOT NULL,
    role           VARCHAR(16) NOT NULL,
    active         BOOLEAN     NOT NULL,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deactivated_at TIMESTAMP WITH TIME ZONE,
    password_changed_at TIMESTAMP WITH TIME ZONE,
    last_sequence  BIGINT      NOT NULL
);
