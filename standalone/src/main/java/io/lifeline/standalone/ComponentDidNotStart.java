package io.lifeline.standalone;

import java.util.Optional;
import org.springframework.boot.web.server.PortInUseException;

/** One part of the system failed to start; the message names it and says why. */
final class ComponentDidNotStart extends Exception {
    private final String component;

    ComponentDidNotStart(String component, Throwable cause) {
        super(component + " could not start: " + reason(cause), cause);
        this.component = component;
    }

    /** Which part, as the message names it: "the command side", "PostgreSQL", ... */
    String component() {
        return component;
    }

    /** Whether a port chosen free beforehand was taken before this part could bind it: a new start may well succeed. */
    boolean portTaken() {
        return portTaken(getCause()).isPresent();
    }

    private static String reason(Throwable cause) {
        return portTaken(cause)
                .map(taken -> "port " + taken.getPort() + ", free when it was chosen, was taken meanwhile by another"
                        + " process; start again")
                .orElseGet(() -> String.valueOf(cause.getMessage()));
    }

    private static Optional<PortInUseException> portTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PortInUseException taken) {
                return Optional.of(taken);
            }
        }
        return Optional.empty();
    }
}
