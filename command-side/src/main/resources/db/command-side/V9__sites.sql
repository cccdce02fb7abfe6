-- Each site configured for the widget and the web origins it allows, as its events describe it
-- (written in the same transaction as the events); the site's whole configuration is in the query side.
CREATE TABLE site (
    site_id         VARCHAR(64) PRIMARY KEY,
    allowed_origins TEXT[]      NOT NULL
);
