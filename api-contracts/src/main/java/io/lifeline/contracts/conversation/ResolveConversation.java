package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark the conversation's matter as settled; the device may still reopen it. */
public record ResolveConversation(@TargetAggregateIdentifier ConversationId conversationId) implements ConversationCommand {
    public ResolveConversation {
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
