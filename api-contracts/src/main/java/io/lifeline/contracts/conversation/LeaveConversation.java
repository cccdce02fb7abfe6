package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove the acting staff member from the conversation's participants. */
public record LeaveConversation(@TargetAggregateIdentifier ConversationId conversationId) implements ConversationCommand {
    public LeaveConversation {
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
