package io.lifeline.contracts.autoreply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one automated-reply rule for its whole life. */
public record AutoReplyRuleId(@JsonValue UUID value) {
    @JsonCreator
    public AutoReplyRuleId {
        Objects.requireNonNull(value, "value");
    }

    public static AutoReplyRuleId random() {
        return new AutoReplyRuleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
