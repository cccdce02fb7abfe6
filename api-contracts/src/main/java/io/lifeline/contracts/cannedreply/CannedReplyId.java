package io.lifeline.contracts.cannedreply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one canned reply for its whole life. */
public record CannedReplyId(@JsonValue UUID value) {
    @JsonCreator
    public CannedReplyId {
        Objects.requireNonNull(value, "value");
    }

    public static CannedReplyId random() {
        return new CannedReplyId(UUID.randomUUID());
    }

    @Override
    public String toString() { // Axon keys aggregate streams by toString()
        return value.toString();
    }
}
