package io.lifeline.bridge.upstream;

/**
 * The command or query side refused a call made for a client: {@code code} is the stable code its
 * problem details carried (or one derived from the status), ready for an error frame, with the
 * seconds to wait when it was a rate limit.
 */
public class UpstreamRefusal extends RuntimeException {
    private final String code;
    private final Long retryAfterSeconds;

    public UpstreamRefusal(String code, String message) {
        this(code, message, null);
    }

    public UpstreamRefusal(String code, String message, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String code() {
        return code;
    }

    /** From {@code Retry-After}; null unless the call was rate-limited. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
