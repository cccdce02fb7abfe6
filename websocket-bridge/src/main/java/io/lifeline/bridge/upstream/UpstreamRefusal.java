package io.lifeline.bridge.upstream;

/**
 * The command or query side refused a call made for a client: {@code code} is the stable code its
 * problem details carried (or one derived from the status), ready for an error frame.
 */
public class UpstreamRefusal extends RuntimeException {
    private final String code;

    public UpstreamRefusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
