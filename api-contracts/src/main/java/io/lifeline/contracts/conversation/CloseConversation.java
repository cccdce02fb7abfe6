package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the conversation for good; nothing more can be sent to it. */
public record CloseConversation(@TargetAggregateIdentifier ConversationId conversationId) implements ConversationCommand {
    public CloseConversation {
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
