package io.lifeline.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hourly sweep forgets what no longer matters, in one transaction that must not fail on any of its tables. */
class ExpiredSessionsSweepIT extends CommandSideIntegrationTest {
    @Autowired
    RevocationPublisher publisher;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSweepForgetsPublishedRevocationsPastTheirTokensAndQuietSignInThrottles() {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID staff = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_store.revocation_outbox (staff_id, reason, revoked_at, expires_at, published_at)
                VALUES (:staff, 'LOGOUT', :longAgo, :longAgo, :longAgo)""")
                .param("staff", staff).param("longAgo", now.minusDays(3)).update();
        String quiet = "sweep-" + staff;
        jdbc.sql("""
                INSERT INTO event_store.staff_sign_in_throttle (username, client_address, failures, last_failure_at)
                VALUES (:username, '', 3, :longAgo)""")
                .param("username", quiet).param("longAgo", now.minusDays(3)).update();

        publisher.forgetExpired();

        assertThat(jdbc.sql("SELECT count(*) FROM event_store.revocation_outbox WHERE staff_id = :staff")
                .param("staff", staff).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.staff_sign_in_throttle WHERE username = :username")
                .param("username", quiet).query(Long.class).single()).isZero();
    }
}
