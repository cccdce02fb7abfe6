package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a label off the conversation. */
public record RemoveLabel(@TargetAggregateIdentifier ConversationId conversationId, Label label) implements ConversationCommand {
    public RemoveLabel {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(label, "label");
    }
}
