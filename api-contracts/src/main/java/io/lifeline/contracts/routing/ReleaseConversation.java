package io.lifeline.contracts.routing;

import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Forget a conversation that was resolved or closed: free its seat or take it out of the queue. */
public record ReleaseConversation(ConversationId conversationId) {
    public ReleaseConversation {
        Objects.requireNonNull(conversationId, "conversationId");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
