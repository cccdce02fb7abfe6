package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write a note on a conversation that only staff will ever see. */
public record AddPrivateNote(@TargetAggregateIdentifier ConversationId conversationId, MessageId noteId, MessageBody body) implements ConversationCommand {
    public AddPrivateNote {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(noteId, "noteId");
        body = Objects.requireNonNull(body, "body").validated();
    }
}
