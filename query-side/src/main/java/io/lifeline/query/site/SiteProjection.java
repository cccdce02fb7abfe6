package io.lifeline.query.site;

import io.lifeline.contracts.site.AllowedOriginsChanged;
import io.lifeline.contracts.site.BusinessHoursChanged;
import io.lifeline.contracts.site.PreChatFormChanged;
import io.lifeline.contracts.site.SiteAppearanceChanged;
import io.lifeline.contracts.site.SiteCreated;
import io.lifeline.contracts.site.SiteGreetingChanged;
import io.lifeline.contracts.site.SiteRenamed;
import io.lifeline.contracts.site.WidgetColours;
import io.lifeline.contracts.site.WidgetPosition;
import java.sql.Types;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code site_view}, one row per site. Each change applies only over an older version (the
 * site's sequence), so an event handled again leaves the row as it is.
 */
@Component
@ProcessingGroup("sites")
class SiteProjection {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SiteProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(SiteCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO read_model.site_view (site_id, name, accent, on_accent, position, pre_chat_fields,
                            allowed_origins, version, updated_at)
                        VALUES (:site, :name, :accent, :onAccent, :position, '[]'::jsonb, '{}', :version, :at)
                        ON CONFLICT (site_id) DO NOTHING""")
                .param("site", event.site().value()).param("name", event.name().value())
                .param("accent", WidgetColours.DEFAULT.accent()).param("onAccent", WidgetColours.DEFAULT.onAccent())
                .param("position", WidgetPosition.BOTTOM_RIGHT.name()).param("version", sequence)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    @EventHandler
    void on(SiteRenamed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.site().value(), "name = :name", sequence, at, "name", event.name().value());
    }

    @EventHandler
    void on(SiteAppearanceChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE read_model.site_view SET accent = :accent, on_accent = :onAccent, position = :position,
                            version = :version, updated_at = :at
                        WHERE site_id = :site AND version < :version""")
                .param("site", event.site().value()).param("accent", event.colours().accent())
                .param("onAccent", event.colours().onAccent()).param("position", event.position().name())
                .param("version", sequence).param("at", java.sql.Timestamp.from(at)).update();
    }

    @EventHandler
    void on(SiteGreetingChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE read_model.site_view SET greeting = :greeting, away_text = :away, version = :version,
                            updated_at = :at
                        WHERE site_id = :site AND version < :version""")
                .param("site", event.site().value()).param("greeting", event.greeting(), Types.VARCHAR)
                .param("away", event.awayText(), Types.VARCHAR).param("version", sequence)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    @EventHandler
    void on(BusinessHoursChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE read_model.site_view SET business_hours = CAST(:hours AS jsonb), version = :version,
                            updated_at = :at
                        WHERE site_id = :site AND version < :version""")
                .param("site", event.site().value())
                .param("hours", event.hours() == null ? null : json.writeValueAsString(event.hours()), Types.VARCHAR)
                .param("version", sequence).param("at", java.sql.Timestamp.from(at)).update();
    }

    @EventHandler
    void on(PreChatFormChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.site().value(), "pre_chat_fields = CAST(:value AS jsonb)", sequence, at, "value",
                json.writeValueAsString(event.fields()));
    }

    @EventHandler
    void on(AllowedOriginsChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.site().value(), "allowed_origins = :value", sequence, at, "value", event.origins().toArray(String[]::new));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.site_view").update();
    }

    private void change(String site, String assignment, long sequence, Instant at, String name, Object value) {
        jdbc.sql("UPDATE read_model.site_view SET " + assignment + ", version = :version, updated_at = :at "
                        + "WHERE site_id = :site AND version < :version")
                .param("site", site).param(name, value).param("version", sequence)
                .param("at", java.sql.Timestamp.from(at)).update();
    }
}
