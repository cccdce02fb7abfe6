package io.lifeline.command.site;

import io.lifeline.contracts.site.AllowedOriginsChanged;
import io.lifeline.contracts.site.SiteCreated;
import io.lifeline.support.origins.SiteOrigins;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each configured site and the origins it allows, written in the same transaction as its events:
 * a site's new origin list holds for the next session and request, on every command-side instance.
 */
@Component
@ProcessingGroup("site-lookups")
class SiteLookup implements SiteOrigins {
    private final JdbcClient jdbc;

    SiteLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Set<String>> allowedOrigins(String siteId) {
        return jdbc.sql("SELECT allowed_origins FROM event_store.site WHERE site_id = :site").param("site", siteId)
                .query((row, n) -> Set.of((String[]) row.getArray(1).getArray())).optional();
    }

    @Override
    public boolean anySiteAllows(String origin) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_store.site WHERE :origin = ANY (allowed_origins))")
                .param("origin", origin).query(Boolean.class).single();
    }

    @EventHandler
    void on(SiteCreated event) {
        jdbc.sql("INSERT INTO event_store.site (site_id, allowed_origins) VALUES (:site, '{}') ON CONFLICT DO NOTHING")
                .param("site", event.site().value()).update();
    }

    @EventHandler
    void on(AllowedOriginsChanged event) {
        jdbc.sql("UPDATE event_store.site SET allowed_origins = :origins WHERE site_id = :site")
                .param("site", event.site().value()).param("origins", event.origins().toArray(String[]::new)).update();
    }
}
