package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the acting participant has received every message up to a sequence number. */
public record MarkDelivered(@TargetAggregateIdentifier ConversationId conversationId, long upToSequence) implements ConversationCommand {
    public MarkDelivered {
        Objects.requireNonNull(conversationId, "conversationId");
        if (upToSequence < 0) throw new IllegalArgumentException("upToSequence must not be negative");
    }
}
