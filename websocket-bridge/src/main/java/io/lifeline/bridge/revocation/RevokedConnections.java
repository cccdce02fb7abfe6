package io.lifeline.bridge.revocation;

import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.connection.Connections;
import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.contracts.stream.Revocation;
import io.lifeline.support.revocation.RevocationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Closes, with 4401, every connection on this bridge opened with a token a revocation refuses. */
@Component
class RevokedConnections implements RevocationListener {
    private static final Logger log = LoggerFactory.getLogger(RevokedConnections.class);
    private final Connections connections;

    RevokedConnections(Connections connections) {
        this.connections = connections;
    }

    @Override
    public void revoked(Revocation revocation) {
        connections.forEach(connection -> {
            Caller caller = connection.caller();
            if (caller.isStaff() && revocation.refuses(caller.subject(), caller.sessionId(), caller.issuedAt())) {
                log.info("Closing {}: its token was revoked ({})", connection, revocation.reason());
                connection.close(CloseCodes.UNAUTHORIZED, "token revoked: sign in again");
            }
        });
    }
}
