package io.lifeline.command.staff;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.Username;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Password hashes by username, in their own table so that events never hold a secret. */
@Component
class StaffCredentials {
    private final JdbcClient jdbc;

    StaffCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean usernameTaken(Username username) {
        return jdbc.sql("SELECT count(*) FROM event_store.staff_credential WHERE username = :username")
                .param("username", username.value()).query(Long.class).single() > 0;
    }

    void store(StaffId staff, Username username, String passwordHash) {
        jdbc.sql("INSERT INTO event_store.staff_credential (staff_id, username, password_hash) VALUES (:staff, :username, :hash)")
                .param("staff", staff.value()).param("username", username.value()).param("hash", passwordHash)
                .update();
    }

    record Credential(StaffId staff, String passwordHash) {}

    Optional<Credential> find(Username username) {
        return jdbc.sql("SELECT staff_id, password_hash FROM event_store.staff_credential WHERE username = :username")
                .param("username", username.value())
                .query((row, n) -> new Credential(new StaffId(row.getObject(1, java.util.UUID.class)), row.getString(2)))
                .optional();
    }

    boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_store.staff_credential)").query(Boolean.class).single();
    }
}
