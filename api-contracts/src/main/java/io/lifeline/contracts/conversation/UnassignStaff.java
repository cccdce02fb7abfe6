package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Leave the conversation without an assignee, back in the unassigned queue. */
public record UnassignStaff(@TargetAggregateIdentifier ConversationId conversationId) implements ConversationCommand {
    public UnassignStaff {
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
