package io.lifeline.query.staff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the staff directory, active staff first, then by display name. */
@Repository
class StaffDirectoryRepository {
    private static final String COLUMNS = """
            SELECT staff_id, display_name, role, active, username, registered_at, deactivated_at, password_changed_at
            FROM read_model.staff_directory""";
    private final JdbcClient jdbc;

    StaffDirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffMemberView> all() {
        return jdbc.sql(COLUMNS + " ORDER BY active DESC, lower(display_name), staff_id").query((rs, n) -> view(rs)).list();
    }

    java.util.Optional<StaffMemberView> one(UUID staffId) {
        return jdbc.sql(COLUMNS + " WHERE staff_id = :id").param("id", staffId).query((rs, n) -> view(rs)).optional();
    }

    private static StaffMemberView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StaffMemberView(rs.getObject("staff_id", UUID.class).toString(), rs.getString("display_name"),
                rs.getString("role"), rs.getBoolean("active"), rs.getString("username"),
                instant(rs.getObject("registered_at", OffsetDateTime.class)),
                instant(rs.getObject("deactivated_at", OffsetDateTime.class)),
                instant(rs.getObject("password_changed_at", OffsetDateTime.class)));
    }

    private static java.time.Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
