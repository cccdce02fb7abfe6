package io.lifeline.command.staff;

import io.lifeline.contracts.staff.Username;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username, whether or not the username exists, and locks a username
 * that fails too often within the window. A locked username is refused with the same answer as a
 * wrong password, so a lockout reveals nothing, and it is counted in the database, so every
 * command-side instance sees it.
 */
@Component
class SignInAttempts {
    private final JdbcClient jdbc;
    private final SignInProperties properties;

    SignInAttempts(JdbcClient jdbc, SignInProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    boolean locked(Username username) {
        if (properties.maxFailures() == 0) {
            return false;
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM event_store.staff_sign_in_attempt
                                        WHERE username = :username AND locked_until > :now)""")
                .param("username", username.value()).param("now", now()).query(Boolean.class).single();
    }

    /** Counts a failure; the one that reaches the limit locks the username and starts a new count. */
    void failed(Username username) {
        if (properties.maxFailures() == 0) {
            return;
        }
        OffsetDateTime now = now();
        int failures = jdbc.sql("""
                        INSERT INTO event_store.staff_sign_in_attempt (username, failures, window_started_at)
                        VALUES (:username, 1, :now)
                        ON CONFLICT (username) DO UPDATE SET
                            failures = CASE WHEN staff_sign_in_attempt.window_started_at < :windowStart THEN 1
                                            ELSE staff_sign_in_attempt.failures + 1 END,
                            window_started_at = CASE WHEN staff_sign_in_attempt.window_started_at < :windowStart THEN :now
                                                     ELSE staff_sign_in_attempt.window_started_at END
                        RETURNING failures""")
                .param("username", username.value()).param("now", now)
                .param("windowStart", now.minus(properties.failureWindow()))
                .query(Integer.class).single();
        if (failures >= properties.maxFailures()) {
            jdbc.sql("""
                            UPDATE event_store.staff_sign_in_attempt
                               SET locked_until = :until, failures = 0, window_started_at = :now WHERE username = :username""")
                    .param("until", now.plus(properties.lockout())).param("now", now).param("username", username.value())
                    .update();
        }
    }

    /** A successful sign-in (or an admin's password reset) forgets the failures. */
    void cleared(Username username) {
        jdbc.sql("DELETE FROM event_store.staff_sign_in_attempt WHERE username = :username")
                .param("username", username.value()).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
