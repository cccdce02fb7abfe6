-- Websites' widget configuration as admins set it (issue 14): one row per site, what the widget
-- reads from GET /api/query/sites/{siteId}/widget. version is the site's last applied sequence.
CREATE TABLE site_view (
    site_id         VARCHAR(64)  PRIMARY KEY,
    name            TEXT         NOT NULL,
    accent          VARCHAR(7)   NOT NULL,
    on_accent       VARCHAR(7)   NOT NULL,
    position        VARCHAR(16)  NOT NULL,
    greeting        TEXT,
    away_text       TEXT,
    business_hours  JSONB,       -- null: staff answer at any time
    pre_chat_fields JSONB        NOT NULL,
    allowed_origins TEXT[]       NOT NULL,
    version         BIGINT       NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
