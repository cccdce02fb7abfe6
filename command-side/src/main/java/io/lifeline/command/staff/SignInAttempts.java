package io.lifeline.command.staff;

import io.lifeline.contracts.staff.Username;
import java.net.InetAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and client address together, whether or not the username
 * exists, and makes an address that keeps failing for a username wait longer before each next try
 * (see {@link SignInProperties}). Someone guessing from elsewhere therefore slows only their own
 * address and can never keep the account's owner out. Counted in the database, so every
 * command-side instance sees it.
 */
@Component
class SignInAttempts {
    private static final String UNKNOWN_ADDRESS = "";
    private final JdbcClient jdbc;
    private final SignInProperties properties;

    SignInAttempts(JdbcClient jdbc, SignInProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** How long this address must still wait before trying this username again, if at all. */
    Optional<Duration> wait(Username username, InetAddress client) {
        if (properties.maxFailures() == 0) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        return jdbc.sql("""
                        SELECT blocked_until FROM event_store.staff_sign_in_throttle
                         WHERE username = :username AND client_address = :address AND blocked_until > :now""")
                .param("username", username.value()).param("address", key(client)).param("now", now)
                .query(OffsetDateTime.class).optional()
                .map(until -> Duration.between(now, until));
    }

    /** Counts a failure; from the limit on, each one sets a wait that doubles up to the ceiling. */
    void failed(Username username, InetAddress client) {
        if (properties.maxFailures() == 0) {
            return;
        }
        OffsetDateTime now = now();
        int failures = jdbc.sql("""
                        INSERT INTO event_store.staff_sign_in_throttle (username, client_address, failures, last_failure_at)
                        VALUES (:username, :address, 1, :now)
                        ON CONFLICT (username, client_address) DO UPDATE SET
                            failures = CASE WHEN GREATEST(staff_sign_in_throttle.last_failure_at,
                                                          COALESCE(staff_sign_in_throttle.blocked_until,
                                                                   staff_sign_in_throttle.last_failure_at)) < :windowStart
                                            THEN 1 -- quiet for a whole window after its last wait: a fresh start
                                            ELSE staff_sign_in_throttle.failures + 1 END,
                            last_failure_at = :now
                        RETURNING failures""")
                .param("username", username.value()).param("address", key(client)).param("now", now)
                .param("windowStart", now.minus(properties.failureWindow()))
                .query(Integer.class).single();
        Duration delay = properties.delayAfter(failures);
        if (!delay.isZero()) {
            jdbc.sql("""
                            UPDATE event_store.staff_sign_in_throttle SET blocked_until = :until
                             WHERE username = :username AND client_address = :address""")
                    .param("until", now.plus(delay)).param("username", username.value()).param("address", key(client))
                    .update();
        }
        jdbc.sql("DELETE FROM event_store.staff_sign_in_throttle WHERE last_failure_at < :forgotten")
                .param("forgotten", now.minus(properties.failureWindow()).minus(properties.maxDelay())).update();
    }

    /** A successful sign-in forgets the failures of its own address only: another address's guessing stays slowed. */
    void succeeded(Username username, InetAddress client) {
        jdbc.sql("DELETE FROM event_store.staff_sign_in_throttle WHERE username = :username AND client_address = :address")
                .param("username", username.value()).param("address", key(client)).update();
    }

    /** An admin's password reset forgets every address's failures for the username. */
    void cleared(Username username) {
        jdbc.sql("DELETE FROM event_store.staff_sign_in_throttle WHERE username = :username")
                .param("username", username.value()).update();
    }

    private static String key(InetAddress client) {
        return client == null ? UNKNOWN_ADDRESS : client.getHostAddress();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
