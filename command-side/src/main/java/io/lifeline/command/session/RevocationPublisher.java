package io.lifeline.command.session;

import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.stream.Revocation;
import io.lifeline.contracts.stream.RevocationReason;
import io.lifeline.contracts.stream.Topics;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the revocation outbox to {@code lifeline.revocations}: right after the transaction that
 * revoked commits, and again from a sweep every few seconds for whatever a failed publish left (the
 * broker down, the instance stopped). A revocation may be published twice; consumers do not mind.
 * Several instances never publish the same row at the same time (rows are locked, skipping locked ones).
 */
@Component
class RevocationPublisher {
    private static final Logger log = LoggerFactory.getLogger(RevocationPublisher.class);
    /** The sweep leaves fresh revocations to the publish right after their commit, which is under way. */
    private static final Duration SWEEP_AFTER = Duration.ofSeconds(3);
    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;
    private final Duration sendTimeout;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "revocation-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    RevocationPublisher(JdbcClient jdbc, KafkaTemplate<String, String> kafka, JsonMapper json,
                        PlatformTransactionManager transactions,
                        @Value("${lifeline.kafka.send-timeout}") Duration sendTimeout) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sendTimeout = sendTimeout;
    }

    /** Publishes once the current transaction commits (at once without one); a failure is left to the sweep. */
    void publishAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publishPendingQuietly(Duration.ZERO);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publishPendingQuietly(Duration.ZERO);
            }
        });
    }

    /** Its own thread: the sweep must never wait for (or hold up) the threads commands run on. */
    @PostConstruct
    void startSweeping() {
        sweeper.scheduleWithFixedDelay(() -> publishPendingQuietly(SWEEP_AFTER), 5, 5, TimeUnit.SECONDS);
        sweeper.scheduleWithFixedDelay(this::forgetExpiredQuietly, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stopSweeping() {
        sweeper.shutdownNow();
    }

    private void forgetExpiredQuietly() {
        try {
            forgetExpired();
        } catch (RuntimeException failed) {
            log.warn("Could not forget expired sessions and revocations: {}", failed.toString());
        }
    }

    /** Forgets what no longer matters: published revocations past their tokens' lifetime, sessions long over. */
    void forgetExpired() {
        ownTransaction.executeWithoutResult(status -> {
            var now = OffsetDateTime.now(ZoneOffset.UTC);
            jdbc.sql("DELETE FROM event_store.revocation_outbox WHERE published_at IS NOT NULL AND expires_at < :now")
                    .param("now", now).update();
            jdbc.sql("""
                            DELETE FROM event_store.staff_session s
                             WHERE (s.revoked_at IS NOT NULL AND s.revoked_at < :longAgo)
                                OR NOT EXISTS (SELECT 1 FROM event_store.staff_refresh_token t
                                                WHERE t.session_id = s.session_id AND t.expires_at > :longAgo)""")
                    .param("longAgo", now.minusDays(1)).update();
            jdbc.sql("""
                            DELETE FROM event_store.staff_sign_in_throttle
                             WHERE last_failure_at < :longAgo AND (blocked_until IS NULL OR blocked_until < :now)""")
                    .param("longAgo", now.minusDays(1)).param("now", now).update();
        });
    }

    private void publishPendingQuietly(Duration olderThan) {
        try {
            Integer published;
            do {
                published = ownTransaction.execute(status -> publishBatch(olderThan));
            } while (published != null && published > 0);
        } catch (RuntimeException failed) {
            log.warn("Could not publish revocations yet; the sweep retries: {}", failed.toString());
        }
    }

    private int publishBatch(Duration olderThan) {
        List<Row> pending = jdbc.sql("""
                        SELECT id, staff_id, session_id, reason, revoked_at, expires_at FROM event_store.revocation_outbox
                         WHERE published_at IS NULL AND revoked_at <= :before
                         ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED""")
                .param("before", OffsetDateTime.now(ZoneOffset.UTC).minus(olderThan))
                .query((rs, n) -> new Row(rs.getLong("id"), new Revocation(new StaffId(rs.getObject("staff_id", UUID.class)),
                        rs.getObject("session_id", UUID.class) == null ? null : new SessionId(rs.getObject("session_id", UUID.class)),
                        RevocationReason.valueOf(rs.getString("reason")),
                        rs.getObject("revoked_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant())))
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        var sent = pending.stream()
                .map(row -> kafka.send(Topics.REVOCATIONS, row.revocation().staffId().toString(),
                        json.writeValueAsString(row.revocation())))
                .toList();
        for (var send : sent) {
            try {
                send.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing a revocation", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge a revocation", e);
            }
        }
        jdbc.sql("UPDATE event_store.revocation_outbox SET published_at = now() WHERE id IN (:ids)")
                .param("ids", pending.stream().map(Row::id).toList()).update();
        return pending.size();
    }

    private record Row(long id, Revocation revocation) {}
}
