package io.lifeline.bridge.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.connection.Connections;
import io.lifeline.bridge.connection.Transport;
import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.stream.Revocation;
import io.lifeline.contracts.stream.RevocationReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RevokedConnectionsTest {
    private static final StaffId ANA = StaffId.random();
    private static final SessionId ANA_LAPTOP = SessionId.random();
    private static final SessionId ANA_PHONE = SessionId.random();
    private final Connections connections = new Connections(List.of());
    private final RevokedConnections revoked = new RevokedConnections(connections);

    /** Remembers the close code it was given. */
    private static final class ClosingTransport implements Transport {
        final CompletableFuture<Integer> closedWith = new CompletableFuture<>();

        @Override
        public void send(String frame, Runnable written, java.util.function.Consumer<Throwable> failed) {
            written.run();
        }

        @Override
        public void close(int code, String reason) {
            closedWith.complete(code);
        }

        @Override
        public void ping() {
        }
    }

    private ClosingTransport open(StaffId staff, SessionId session, Instant issuedAt, String kind) {
        var transport = new ClosingTransport();
        connections.opened(new Connection(new Caller(staff.toString(), kind, List.of(kind.equals("staff") ? "AGENT" : "DEVICE"),
                "token", null, session == null ? null : session.toString(), issuedAt), transport, 16));
        return transport;
    }

    @Test
    void aRevokedSessionClosesItsConnectionsWith4401AndNoOther() {
        var laptop = open(ANA, ANA_LAPTOP, Instant.now(), "staff");
        var phone = open(ANA, ANA_PHONE, Instant.now(), "staff");

        revoked.revoked(new Revocation(ANA, ANA_LAPTOP, RevocationReason.LOGOUT, Instant.now(), Instant.now().plusSeconds(600)));

        assertThat(laptop.closedWith).isCompletedWithValue(4401);
        assertThat(phone.closedWith).isNotDone();
    }

    @Test
    void revokingAStaffMemberClosesEveryConnectionOpenedWithAnEarlierToken() {
        Instant revokedAt = Instant.now();
        var laptop = open(ANA, ANA_LAPTOP, revokedAt.minus(Duration.ofMinutes(3)), "staff");
        var withoutSession = open(ANA, null, revokedAt.minus(Duration.ofMinutes(3)), "staff");
        var signedInAgain = open(ANA, SessionId.random(), revokedAt.plusSeconds(1), "staff");
        var someoneElse = open(StaffId.random(), SessionId.random(), revokedAt.minusSeconds(5), "staff");

        revoked.revoked(new Revocation(ANA, null, RevocationReason.DEACTIVATED, revokedAt, revokedAt.plusSeconds(600)));

        assertThat(laptop.closedWith).isCompletedWithValue(4401);
        assertThat(withoutSession.closedWith).isCompletedWithValue(4401);
        assertThat(signedInAgain.closedWith).isNotDone();
        assertThat(someoneElse.closedWith).isNotDone();
    }
}
