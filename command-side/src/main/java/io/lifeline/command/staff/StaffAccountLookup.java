package io.lifeline.command.staff;

import io.lifeline.command.conversation.StaffDirectory;
import io.lifeline.command.identity.ActiveStaff;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.StaffDeactivated;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.StaffRoleChanged;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff accounts as their events describe them, written in the same transaction as the events.
 * Conversations ask it who can be assigned; sign-in and every request ask who may still act.
 */
@Component
@ProcessingGroup("staff-accounts")
class StaffAccountLookup implements StaffDirectory, ActiveStaff {
    private final JdbcClient jdbc;

    StaffAccountLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Asked for every frame a staff member sends: positional, so no named parameters are parsed each time. */
    @Override
    public Optional<StaffRole> roleOf(StaffId staff) {
        return jdbc.sql("SELECT role FROM event_store.staff_account WHERE staff_id = ? AND active")
                .param(staff.value()).query(String.class).optional().map(StaffRole::valueOf);
    }

    /** An account as it stands, active or not. */
    record Account(StaffRole role, boolean active) {}

    Optional<Account> account(StaffId staff) {
        return jdbc.sql("SELECT role, active FROM event_store.staff_account WHERE staff_id = :staff")
                .param("staff", staff.value())
                .query((row, n) -> new Account(StaffRole.valueOf(row.getString(1)), row.getBoolean(2))).optional();
    }

    @Override
    public boolean canBeAssigned(StaffId staff) {
        return roleOf(staff).map(StaffRole::handlesConversations).orElse(false);
    }

    @EventHandler
    void on(StaffRegistered event) {
        jdbc.sql("""
                        INSERT INTO event_store.staff_account (staff_id, username, display_name, role, active)
                        VALUES (:staff, :username, :name, :role, true)""")
                .param("staff", event.staffId().value()).param("username", event.username().value())
                .param("name", event.displayName()).param("role", event.role().name())
                .update();
    }

    @EventHandler
    void on(StaffRoleChanged event) {
        jdbc.sql("UPDATE event_store.staff_account SET role = :role WHERE staff_id = :staff")
                .param("role", event.role().name()).param("staff", event.staffId().value()).update();
    }

    @EventHandler
    void on(StaffDeactivated event) {
        jdbc.sql("UPDATE event_store.staff_account SET active = false WHERE staff_id = :staff")
                .param("staff", event.staffId().value()).update();
    }
}
