package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the acting participant has read every message up to a sequence number. */
public record MarkRead(@TargetAggregateIdentifier ConversationId conversationId, long upToSequence) implements ConversationCommand {
    public MarkRead {
        Objects.requireNonNull(conversationId, "conversationId");
        if (upToSequence < 0) throw new IllegalArgumentException("upToSequence must not be negative");
    }
}
