package io.lifeline.contracts.actor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
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

    @Override
    public String toString() { // Axon keys aggregate streams by toString()
        return value.toString();
    }
}
