package io.lifeline.contracts.conversation;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the conversation aside until a time, or until the device writes again. */
public record SnoozeConversation(@TargetAggregateIdentifier ConversationId conversationId, Instant until) implements ConversationCommand {
    public SnoozeConversation {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(until, "until");
    }
}
