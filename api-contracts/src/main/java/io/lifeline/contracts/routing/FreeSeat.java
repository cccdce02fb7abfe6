package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Free the seat an agent holds for a conversation they were unassigned from. */
public record FreeSeat(ConversationId conversationId, StaffId agent) {
    public FreeSeat {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(agent, "agent");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
