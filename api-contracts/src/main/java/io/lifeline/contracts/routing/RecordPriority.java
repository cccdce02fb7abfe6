package io.lifeline.contracts.routing;

import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a waiting conversation whose priority changed to its place for the new priority, keeping its arrival. */
public record RecordPriority(ConversationId conversationId, Priority priority) {
    public RecordPriority {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(priority, "priority");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
