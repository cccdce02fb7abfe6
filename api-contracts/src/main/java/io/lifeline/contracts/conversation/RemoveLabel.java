package io.lifeline.contracts.conversation;

import io.lifeline.contracts.shape.StorableText;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a label off the conversation. */
public record RemoveLabel(@TargetAggregateIdentifier ConversationId conversationId, Label label) implements ConversationCommand {
    public RemoveLabel {
        Objects.requireNonNull(conversationId, "conversationId");
        // Any label that was once added may be taken off, even if the rule for new labels is stricter now.
        StorableText.SINGLE_LINE.require("label", Objects.requireNonNull(label, "label").value());
    }
}
