package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a resolved or snoozed conversation back into the open queue. */
public record ReopenConversation(@TargetAggregateIdentifier ConversationId conversationId) implements ConversationCommand {
    public ReopenConversation {
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
