package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set how soon staff should attend to the conversation. */
public record ChangePriority(@TargetAggregateIdentifier ConversationId conversationId, Priority priority) implements ConversationCommand {
    public ChangePriority {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(priority, "priority");
    }
}
