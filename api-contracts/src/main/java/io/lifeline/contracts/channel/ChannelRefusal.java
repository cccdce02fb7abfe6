package io.lifeline.contracts.channel;

import java.util.Objects;

/**
 * Why the command side refused a forwarded frame, as an HTTP answer would have said it: the status,
 * the problem's stable code and its detail, ready for the client's error frame.
 *
 * @param retryAfterSeconds seconds to wait before trying again, or null
 */
public record ChannelRefusal(int status, String code, String detail, Long retryAfterSeconds) {
    public ChannelRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    /** True when the command side could not decide (it failed, not the client): the client may simply retry. */
    public boolean unavailable() {
        return status >= 500;
    }
}
