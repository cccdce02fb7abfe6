package io.lifeline.contracts.actor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * One staff sign-in, from the password to logout or revocation: every access token it issues names
 * it (claim {@code sid}), so revoking the session refuses them all.
 */
public record SessionId(@JsonValue UUID value) {
    @JsonCreator
    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    public static SessionId parse(String text) {
        return new SessionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
