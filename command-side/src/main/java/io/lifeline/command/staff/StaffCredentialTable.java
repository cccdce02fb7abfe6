package io.lifeline.command.staff;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.Username;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Password hashes in their own PostgreSQL table, written in the same transaction as the account's events. */
@Component
class StaffCredentialTable implements StaffCredentials {
    private final JdbcClient jdbc;

    StaffCredentialTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean usernameTaken(Username username) {
        return jdbc.sql("SELECT count(*) FROM event_store.staff_credential WHERE username = :username")
                .param("username", username.value()).query(Long.class).single() > 0;
    }

    @Override
    public void store(StaffId staff, Username username, String passwordHash) {
        jdbc.sql("INSERT INTO event_store.staff_credential (staff_id, username, password_hash) VALUES (:staff, :username, :hash)")
                .param("staff", staff.value()).param("username", username.value()).param("hash", passwordHash)
                .update();
    }

    @Override
    public Optional<StaffCredentials.Credential> find(Username username) {
        return jdbc.sql("SELECT staff_id, password_hash FROM event_store.staff_credential WHERE username = :username")
                .param("username", username.value())
                .query((row, n) -> new StaffCredentials.Credential(new StaffId(row.getObject(1, java.util.UUID.class)), row.getString(2)))
                .optional();
    }

    @Override
    public Optional<Username> usernameOf(StaffId staff) {
        return jdbc.sql("SELECT username FROM event_store.staff_credential WHERE staff_id = :staff")
                .param("staff", staff.value()).query(String.class).optional().map(Username::new);
    }

    @Override
    public void changePassword(StaffId staff, String passwordHash) {
        jdbc.sql("UPDATE event_store.staff_credential SET password_hash = :hash WHERE staff_id = :staff")
                .param("hash", passwordHash).param("staff", staff.value()).update();
    }

    @Override
    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_store.staff_credential)").query(Boolean.class).single();
    }
}
