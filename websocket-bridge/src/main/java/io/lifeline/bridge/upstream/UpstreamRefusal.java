package io.lifeline.bridge.upstream;

/**
 * The command or query side refused a call made for a client: {@code code} is the stable code its
 * problem details carried (or one derived from the status), ready for an error frame, with the
 * HTTP status it came with and the seconds to wait when it was a rate limit.
 */
public class UpstreamRefusal extends RuntimeException {
    private final int status;
    private final String code;
    private final Long retryAfterSeconds;

    public UpstreamRefusal(int status, String code, String message, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** From {@code Retry-After}; null unless the call was rate-limited. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
