package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hand a conversation from an agent who did not answer (or could not take it) to another available one. */
public record RerouteConversation(ConversationId conversationId, StaffId from) {
    public RerouteConversation {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(from, "from");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
