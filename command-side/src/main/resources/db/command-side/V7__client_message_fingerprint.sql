-- What each stored message said, as a SHA-256 of its content and reply target, so that a client
-- message id reused for another message is told apart from a resend without reading the history.
-- Rows from before keep no fingerprint and are taken for resends, as they were.
ALTER TABLE client_message_key ADD COLUMN content_fingerprint VARCHAR(64);
