package io.lifeline.client;

import io.lifeline.contracts.protocol.CloseCodes;
import java.net.http.WebSocketHandshakeException;
import java.util.Set;
import java.util.concurrent.CompletionException;

/**
 * Whether the end of a connection is followed by a reconnect. The bridge's 4008 (fell behind or going
 * away), 1001, 1006, 1011 and anything unknown are: resuming loses nothing. A 4401 that closes an open
 * connection is too (its token expired or was revoked while in use, and the token supplier is asked
 * for a fresh one), but a 4401 for a refused handshake is not: the supplier's current token was
 * refused, and asking again would loop. 1008 is not: the same behaviour would be refused again.
 * Neither are the protocol errors, since the resend that follows a reconnect would repeat the frame
 * that caused them.
 */
final class CloseDecision {
    static final int NORMAL = 1000;
    static final int ABNORMAL = 1006;
    static final int POLICY_VIOLATION = 1008;

    private static final Set<Integer> FINAL = Set.of(POLICY_VIOLATION, 1002 /* protocol error */,
            1003 /* unsupported data */, 1007 /* invalid payload */, 1009 /* too big */);

    private CloseDecision() {
    }

    /** {@code wasOpen}: the code closed an open connection rather than ending an attempt to open one. */
    static boolean reconnects(int code, boolean wasOpen) {
        if (code == CloseCodes.UNAUTHORIZED) {
            return wasOpen;
        }
        return !FINAL.contains(code);
    }

    /**
     * The close code a failed connection attempt counts as: an HTTP 401, or a token already refused
     * with 4401 that the supplier returns again, as 4401 (the token was not accepted), another refusal that retrying cannot fix (4xx but 408 and 429) as 1008, anything else
     * (no answer, 5xx, timeouts) as 1006.
     */
    static int codeOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof Dialer.TokenRefusedException) {
            return CloseCodes.UNAUTHORIZED;
        }
        if (cause instanceof WebSocketHandshakeException handshake) {
            int status = handshake.getResponse().statusCode();
            if (status == 401) {
                return CloseCodes.UNAUTHORIZED;
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return POLICY_VIOLATION;
            }
        }
        return ABNORMAL;
    }
}
