package io.lifeline.query.site;

import io.lifeline.contracts.site.BusinessHours;
import io.lifeline.contracts.site.PreChatField;
import io.lifeline.contracts.site.WidgetColours;
import io.lifeline.contracts.site.WidgetPosition;
import io.lifeline.support.origins.SiteOrigins;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code site_view}; also the origins each site allows, for the query side's own origin checks. */
@Component
class SiteRepository implements SiteOrigins {
    private static final String COLUMNS = """
            site_id, name, accent, on_accent, position, greeting, away_text, business_hours::text AS business_hours,
            pre_chat_fields::text AS pre_chat_fields, allowed_origins, version, updated_at""";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SiteRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<SiteView> find(String siteId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM read_model.site_view WHERE site_id = :site").param("site", siteId)
                .query((row, n) -> view(row)).optional();
    }

    List<SiteView> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM read_model.site_view ORDER BY site_id").query((row, n) -> view(row)).list();
    }

    @Override
    public Optional<Set<String>> allowedOrigins(String siteId) {
        return jdbc.sql("SELECT allowed_origins FROM read_model.site_view WHERE site_id = :site").param("site", siteId)
                .query((row, n) -> Set.of((String[]) row.getArray(1).getArray())).optional();
    }

    @Override
    public boolean anySiteAllows(String origin) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM read_model.site_view WHERE :origin = ANY (allowed_origins))")
                .param("origin", origin).query(Boolean.class).single();
    }

    private SiteView view(ResultSet row) throws SQLException {
        String hours = row.getString("business_hours");
        return new SiteView(row.getString("site_id"), row.getString("name"),
                new WidgetColours(row.getString("accent"), row.getString("on_accent")),
                WidgetPosition.valueOf(row.getString("position")), row.getString("greeting"), row.getString("away_text"),
                hours == null ? null : json.readValue(hours, BusinessHours.class),
                json.readValue(row.getString("pre_chat_fields"), new TypeReference<List<PreChatField>>() {}),
                Arrays.asList((String[]) row.getArray("allowed_origins").getArray()), row.getLong("version"),
                row.getTimestamp("updated_at").toInstant());
    }
}
