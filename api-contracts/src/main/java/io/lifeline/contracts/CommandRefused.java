package io.lifeline.contracts;

import java.util.Objects;

/**
 * A command broke a rule and changed nothing. The {@link Reason} tells every edge how to answer
 * (an HTTP status, a WebSocket error frame); the code is stable for clients to switch on.
 */
public abstract class CommandRefused extends RuntimeException {
    /**
     * Why a command was refused, independent of the protocol that carried it. {@code TOO_LARGE} and
     * {@code UNSUPPORTED_TYPE} refuse uploaded content: over a size limit, or of a type not allowed.
     */
    public enum Reason { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, UNSUPPORTED_TYPE }

    private final Reason reason;
    private final String code;

    protected CommandRefused(Reason reason, String code, String detail) {
        super(detail, null, false, false); // a refusal is an answer, not a fault: no stack trace
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = Objects.requireNonNull(code, "code");
    }

    public Reason reason() {
        return reason;
    }

    /** A stable, kebab-case name of the broken rule, such as {@code conversation-closed}. */
    public String code() {
        return code;
    }
}
