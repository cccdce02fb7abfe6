package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tag the conversation with a label. */
public record AddLabel(@TargetAggregateIdentifier ConversationId conversationId, Label label) implements ConversationCommand {
    public AddLabel {
        Objects.requireNonNull(conversationId, "conversationId");
        label = Objects.requireNonNull(label, "label").validated();
    }
}
