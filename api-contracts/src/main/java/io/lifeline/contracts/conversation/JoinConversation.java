package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add the acting staff member to the conversation's participants. */
public record JoinConversation(@TargetAggregateIdentifier ConversationId conversationId) implements ConversationCommand {
    public JoinConversation {
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
