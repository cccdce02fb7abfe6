package io.lifeline.query.staff;

import io.lifeline.contracts.staff.StaffDeactivated;
import io.lifeline.contracts.staff.StaffPasswordChanged;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRoleChanged;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code staff_directory}: one row per staff member. Each update is guarded by the staff
 * member's last applied sequence, so an event handled again (a retried batch) changes nothing.
 */
@Component
@ProcessingGroup("staff-directory")
class StaffDirectoryProjection {
    private final JdbcClient jdbc;

    StaffDirectoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StaffRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO read_model.staff_directory
                            (staff_id, username, display_name, role, active, registered_at, last_sequence)
                        VALUES (:id, :username, :name, :role, TRUE, :at, :sequence)
                        ON CONFLICT (staff_id) DO NOTHING""")
                .param("id", event.staffId().value()).param("username", event.username().value())
                .param("name", event.displayName()).param("role", event.role().name())
                .param("at", at.atOffset(ZoneOffset.UTC)).param("sequence", sequence).update();
    }

    @EventHandler
    void on(StaffRoleChanged event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE read_model.staff_directory SET role = :role, last_sequence = :sequence
                        WHERE staff_id = :id AND last_sequence < :sequence""")
                .param("id", event.staffId().value()).param("role", event.role().name()).param("sequence", sequence)
                .update();
    }

    @EventHandler
    void on(StaffDeactivated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE read_model.staff_directory SET active = FALSE, deactivated_at = :at, last_sequence = :sequence
                        WHERE staff_id = :id AND last_sequence < :sequence""")
                .param("id", event.staffId().value()).param("at", at.atOffset(ZoneOffset.UTC))
                .param("sequence", sequence).update();
    }

    @EventHandler
    void on(StaffPasswordChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE read_model.staff_directory SET password_changed_at = :at, last_sequence = :sequence
                        WHERE staff_id = :id AND last_sequence < :sequence""")
                .param("id", event.staffId().value()).param("at", at.atOffset(ZoneOffset.UTC))
                .param("sequence", sequence).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.staff_directory").update();
    }
}
