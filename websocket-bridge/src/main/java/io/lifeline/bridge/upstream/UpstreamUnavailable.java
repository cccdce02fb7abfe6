package io.lifeline.bridge.upstream;

/** The command or query side could not be reached or failed; the client may retry (sends are idempotent). */
public class UpstreamUnavailable extends RuntimeException {
    public UpstreamUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
