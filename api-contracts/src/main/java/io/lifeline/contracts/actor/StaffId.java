package io.lifeline.contracts.actor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies one staff member for their whole life, whatever their name or role becomes. */
public record StaffId(@JsonValue UUID value) {
    @JsonCreator
    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    public static StaffId random() {
        return new StaffId(UUID.randomUUID());
    }

    public static StaffId parse(String text) {
        return new StaffId(UUID.fromString(text));
    }

    /**
     * The id of a staff member an external identity provider vouches for: derived from its issuer
     * and subject, so every service names the same person the same way without a look-up.
     */
    public static StaffId external(String issuer, String subject) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        return new StaffId(UUID.nameUUIDFromBytes((issuer + "\n" + subject).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() { // Axon keys aggregate streams by toString()
        return value.toString();
    }
}
