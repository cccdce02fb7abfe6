package io.lifeline.client;

/**
 * The client stopped: closed by its user (1000), or told by the bridge not to come back as it was (4401
 * for a token that is no longer accepted, 1008 for a policy violation).
 */
public final class ClientStoppedException extends RuntimeException {
    private final int code;
    private final String reason;

    ClientStoppedException(int code, String reason) {
        super("client stopped (" + code + "): " + reason);
        this.code = code;
        this.reason = reason;
    }

    /** The WebSocket close code that stopped the client. */
    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
