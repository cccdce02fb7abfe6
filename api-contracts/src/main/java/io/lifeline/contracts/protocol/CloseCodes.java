package io.lifeline.contracts.protocol;

/** WebSocket close codes the bridge uses beyond the standard ones. */
public final class CloseCodes {
    /** The client fell behind (its buffer filled) or the bridge is going away: reconnect and resume. */
    public static final int RESUME = 4008;
    /** The connection's token expired or was revoked: get a new one before reconnecting. */
    public static final int UNAUTHORIZED = 4401;

    private CloseCodes() {
    }
}
